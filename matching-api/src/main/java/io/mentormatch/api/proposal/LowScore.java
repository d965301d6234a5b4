package io.mentormatch.api.proposal;

import java.util.Collection;

/**
 * The one definition of a low pair score: below three quarters of the cohort's average pair score. The review
 * page marks and filters by it, and the API's LOW_SCORE filter uses it unless the client names a threshold.
 */
public final class LowScore {

    /** A pairing scores low when it is below this share of the cohort's average pair score. */
    public static final double SHARE_OF_AVERAGE = 0.75;

    private LowScore() {
    }

    /** The threshold for these pair scores: a score strictly below it is low; 0 when there are none. */
    public static int below(Collection<Integer> pairScores) {
        return below(pairScores.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    /** The threshold for a cohort whose current pairings average this pair score. */
    public static int below(double averagePairScore) {
        return (int) Math.round(SHARE_OF_AVERAGE * averagePairScore);
    }

    public static boolean isLow(int pairScore, int threshold) {
        return pairScore < threshold;
    }
}
