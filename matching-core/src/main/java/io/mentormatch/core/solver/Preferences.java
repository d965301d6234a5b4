package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * The two preference orders of stable mode, in one place so that deferred acceptance and the blocking-pair
 * count can never disagree. Residents order mentors by their ranking, then by pair score, then by mentor
 * index; mentors order residents by their preferred list, then by pair score, then by resident index.
 * <p>
 * Each order is a {@code long} key, smaller = more preferred, packed as (list position, negated pair score,
 * index) so that a comparison is one subtraction and keys can be held in primitive arrays.
 */
public final class Preferences {

    /** The key of "no partner": worse than every real partner. */
    public static final long UNMATCHED = Long.MAX_VALUE;

    /** Position used for a partner not on the list: after every listed one. */
    private static final long UNLISTED = 0x7FFF;
    private static final int SCORE_OFFSET = 1 << 15;

    private final PairScorer scorer;

    public Preferences(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** How much resident r wants mentor m: smaller is better. */
    public long residentKey(int r, int m) {
        return key(scorer.residentRank(r, m), scorer.score(r, m), m);
    }

    /** The same key when the pair score is already known, to spare scoring it twice. */
    long residentKey(int r, int m, int score) {
        return key(scorer.residentRank(r, m), score, m);
    }

    /** How much mentor m wants resident r: smaller is better. */
    public long mentorKey(int m, int r) {
        return key(scorer.mentorPreference(m, r), scorer.score(r, m), r);
    }

    /** The mentor a resident key stands for. */
    static int partnerOf(long key) {
        return (int) (key & 0xFFFFFFFFL);
    }

    /** Whether a key comes from a listed position (ranked mentor, preferred resident). */
    static boolean listed(long key) {
        return (key >>> 48) != UNLISTED;
    }

    static long key(int position, int score, int index) {
        long tier = position == 0 ? UNLISTED : Math.min(position, UNLISTED - 1);
        // pair scores are a few hundred points at most (6 terms x weight 10 x 10 points): 16 bits hold them
        long negatedScore = SCORE_OFFSET - Math.max(-SCORE_OFFSET + 1, Math.min(SCORE_OFFSET - 1, score));
        return tier << 48 | negatedScore << 32 | index;
    }
}
