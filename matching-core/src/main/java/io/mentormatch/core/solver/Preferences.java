package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * The preference orders of stable mode, in one place so that deferred acceptance and the blocking-pair count can
 * never disagree. Both sides prefer the higher pair score (a resident's ranking and a mentor's preferred list count
 * through their score terms); equal pair scores are ties. Deferred acceptance needs strict
 * orders, so its keys break ties by index: any matching stable under the keys is weakly stable, i.e. has no
 * blocking pair in the sense of {@link BlockingPairs}.
 * <p>
 * Each key is a {@code long}, smaller = more preferred, packed as (negated pair score, index) so that a comparison
 * is one subtraction and keys can be held in primitive arrays.
 */
public final class Preferences {

    /** The key of "no partner": worse than every real partner. */
    public static final long UNMATCHED = Long.MAX_VALUE;

    private static final int SCORE_OFFSET = 1 << 15;

    private final PairScorer scorer;

    public Preferences(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** How much resident r wants mentor m, ties broken by mentor index: smaller is better. */
    public long residentKey(int r, int m) {
        return key(scorer.score(r, m), m);
    }

    /** How much mentor m wants resident r, ties broken by resident index: smaller is better. */
    public long mentorKey(int m, int r) {
        return key(scorer.score(r, m), r);
    }

    /** The partner a key stands for. */
    static int partnerOf(long key) {
        return (int) (key & 0xFFFFFFFFL);
    }

    /** The key of a partner with this pair score: also used where the score is known, to spare scoring it twice. */
    static long key(int score, int index) {
        // pair scores are a few hundred points at most (6 terms x weight 10 x 10 points): 16 bits hold them
        long negatedScore = SCORE_OFFSET - Math.max(-SCORE_OFFSET + 1, Math.min(SCORE_OFFSET - 1, score));
        return negatedScore << 32 | index;
    }
}
