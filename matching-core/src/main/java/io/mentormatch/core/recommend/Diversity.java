package io.mentormatch.core.recommend;

/**
 * How much a list trades relevance for variety, by maximal marginal relevance: each next pick maximises
 * {@code lambda × relevance − (1 − lambda) × redundancy with the picks so far}. Only near-duplicates count as
 * redundant ({@link ProfileSimilarity#redundancy}), so a list without near-duplicates keeps its order.
 *
 * @param enabled     false ranks by pair score alone
 * @param lambda      weight of relevance in [0, 1]; 1 is the same as disabled
 * @param poolPerPick candidates considered per place in the list: the re-ranking looks this deep
 */
public record Diversity(boolean enabled, double lambda, int poolPerPick) {

    public static final Diversity OFF = new Diversity(false, 1, 1);
    /** A near-copy of an earlier pick must lead by about 40 % of the highest possible score to stay ahead. */
    public static final Diversity DEFAULT = new Diversity(true, 0.7, 5);

    public Diversity {
        if (lambda < 0 || lambda > 1) {
            throw new IllegalArgumentException("lambda must be in [0, 1], was " + lambda);
        }
        if (poolPerPick < 1) {
            throw new IllegalArgumentException("poolPerPick must be at least 1, was " + poolPerPick);
        }
    }

    public static Diversity mmr(double lambda) {
        return new Diversity(true, lambda, DEFAULT.poolPerPick);
    }

    int poolSize(int k) {
        return enabled ? Math.max(k, k * poolPerPick) : k;
    }
}
