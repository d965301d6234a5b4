package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * The exact optimum of the linear part of the objective: as many residents matched as capacity allows, then
 * the largest sum of pair scores, honouring every hard rule and pin. PLACEHOLDER: greedy until the min-cost
 * flow lands.
 */
public final class ExactAssignment {

    /**
     * @param matching   the optimal matching
     * @param upperBound a proven upper bound on the pair-score sum of any feasible matching with as many residents
     *                   matched (equal to the sum when the matching is optimal)
     */
    public record Result(Matching matching, long pairScoreSum, long upperBound) {
    }

    private ExactAssignment() {
    }

    public static Result solve(PairScorer scorer) {
        Matching matching = Matching.empty(scorer.residentCount());
        int[] load = new int[scorer.mentorCount()];
        for (int r = 0; r < scorer.residentCount(); r++) {
            int best = scorer.pinnedMentor(r);
            if (best < 0) {
                int bestScore = Integer.MIN_VALUE;
                for (int m = 0; m < scorer.mentorCount(); m++) {
                    if (load[m] < scorer.capacity(m) && scorer.compatible(r, m) && scorer.score(r, m) > bestScore) {
                        best = m;
                        bestScore = scorer.score(r, m);
                    }
                }
            }
            if (best >= 0) {
                matching.mentorOf()[r] = best;
                load[best]++;
            }
        }
        long sum = matching.pairScoreSum(scorer);
        return new Result(matching, sum, sum);
    }
}
