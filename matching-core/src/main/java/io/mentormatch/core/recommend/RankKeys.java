package io.mentormatch.core.recommend;

import java.util.Arrays;

import io.mentormatch.core.util.TopK;

/**
 * How a recommendation's candidates are ranked: score, then free places, then the earlier slot in the cohort,
 * packed into one long for {@link TopK}; and the final pick by relevance or, with diversity on, by maximal marginal
 * relevance.
 */
final class RankKeys {

    private static final int SCORE_OFFSET = 1 << 20;
    private static final int FREE_BITS = 20;
    private static final int SLOT_BITS = 21;
    static final int MAX_FREE = (1 << FREE_BITS) - 1;
    static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    private RankKeys() {
    }

    /** The best candidates' slots, by relevance or, with diversity on, by maximal marginal relevance. */
    /** @param maxPossibleScore the best pair score the cohort's weights allow: relevance is a score over it */
    static int[] diversify(long[] ranked, int k, Diversity diversity, int maxPossibleScore,
                           MaximalMarginalRelevance.Similarity slotSimilarity) {
        int[] slots = new int[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            slots[i] = slotOf(ranked[i]);
        }
        if (!diversity.enabled() || ranked.length <= 1) {
            return Arrays.copyOf(slots, Math.min(k, slots.length));
        }
        double scale = Math.max(1, maxPossibleScore);
        double[] relevance = new double[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            relevance[i] = scoreOf(ranked[i]) / scale;
        }
        int[] picks = MaximalMarginalRelevance.rerank(relevance, k, diversity.lambda(),
                (a, b) -> slotSimilarity.between(slots[a], slots[b]));
        return Arrays.stream(picks).map(p -> slots[p]).toArray();
    }

    /**
     * Smaller is better, as {@link TopK} keeps the smallest: score, then free places, then the earlier slot, packed
     * into one positive long (higher is better) and negated.
     */
    static long key(int score, int free, int slot) {
        return -((long) (score + SCORE_OFFSET) << (FREE_BITS + SLOT_BITS)
                | (long) Math.min(free, MAX_FREE) << SLOT_BITS
                | (SLOT_MASK - slot));
    }

    private static int slotOf(long key) {
        return (int) (SLOT_MASK - (-key & SLOT_MASK));
    }

    private static int scoreOf(long key) {
        return (int) (-key >>> (FREE_BITS + SLOT_BITS)) - SCORE_OFFSET;
    }
}
