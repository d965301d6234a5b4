package io.mentormatch.core.recommend;

/**
 * Greedy re-ranking by maximal marginal relevance (Carbonell and Goldstein, 1998) with a near-duplicate kernel:
 * redundancy is {@link ProfileSimilarity#redundancy}, zero unless two candidates are near-copies, so the order
 * by relevance is kept wherever there is nothing to de-duplicate.
 */
final class MaximalMarginalRelevance {

    /** Pairwise similarity of candidates by their position in the relevance order, in [0, 1]. */
    interface Similarity {
        double between(int a, int b);
    }

    private MaximalMarginalRelevance() {
    }

    /**
     * @param relevance candidates' relevance in [0, 1], best first; ties keep this order
     * @return positions into {@code relevance} of the k picks, in pick order
     */
    static int[] rerank(double[] relevance, int k, double lambda, Similarity similarity) {
        int n = relevance.length;
        int size = Math.min(k, n);
        int[] picks = new int[size];
        boolean[] picked = new boolean[n];
        double[] redundancy = new double[n];
        for (int p = 0; p < size; p++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (!picked[c]) {
                    double value = lambda * relevance[c] - (1 - lambda) * redundancy[c];
                    if (value > bestValue) {
                        best = c;
                        bestValue = value;
                    }
                }
            }
            picks[p] = best;
            picked[best] = true;
            for (int c = 0; c < n; c++) {
                if (!picked[c]) {
                    redundancy[c] = Math.max(redundancy[c],
                            ProfileSimilarity.redundancy(similarity.between(best, c)));
                }
            }
        }
        return picks;
    }
}
