package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * What each side said, as preference orders: the one definition that stable modes, every mode's blocking-pair count
 * and the integrity report share (docs/matching-model.md, "Stated preferences").
 * <ul>
 * <li>A resident's order over its compatible mentors: the mentors it ranked, in its order; then every other
 * compatible mentor by fit ({@link #fit}: the pair score without the list terms), higher first; unranked mentors of
 * equal fit are ties.</li>
 * <li>A mentor's order over its compatible residents: the residents it named, in its order; then every other
 * compatible resident by fit; unnamed residents of equal fit are ties.</li>
 * </ul>
 * A <em>tier</em> is a position in such an order, smaller is better, equal tiers are ties: the blocking-pair rule
 * compares tiers. Deferred acceptance needs strict orders, so a <em>key</em> breaks ties by index (the order of the
 * cohort file: the earlier mentor or resident first), packed as {@code tier << 32 | index} so that keys fit
 * primitive arrays. A matching stable under the keys has no blocking pair under the tiers.
 */
public final class StatedPreferences {

    /** The key and tier of "no partner": worse than every compatible partner. */
    public static final long UNMATCHED = Long.MAX_VALUE;

    /** Positions on a list come first; a position past this is treated as this one (lists are far shorter). */
    private static final int LISTED_LIMIT = (1 << 15) - 1;

    private static final int SCORE_OFFSET = 1 << 15;

    private final PairScorer scorer;

    public StatedPreferences(PairScorer scorer) {
        this.scorer = scorer;
    }

    public PairScorer scorer() {
        return scorer;
    }

    /** Where mentor m stands in resident r's order: smaller is better, equal is a tie. */
    public int residentTier(int r, int m) {
        int rank = scorer.residentRank(r, m);
        return rank > 0 ? tier(rank, 0) : unlistedTier(fit(r, m));
    }

    /** Where resident r stands in mentor m's order: smaller is better, equal is a tie. */
    public int mentorTier(int m, int r) {
        int position = scorer.mentorPreference(m, r);
        return position > 0 ? tier(position, 0) : unlistedTier(fit(r, m));
    }

    /**
     * The fit of a pair: its pair score without the two list terms (the resident's ranking, the mentor's preferred
     * list). Partners a person did not list are ordered by fit, so that what one side says never moves it up the
     * other side's order: with the list terms in, a resident could climb a mentor's order by ranking that mentor
     * first, and misstating a list could pay in stable mode.
     */
    public int fit(int r, int m) {
        return scorer.score(r, m) - scorer.termPoints(ScoreTerm.RESIDENT_RANK, r, m)
                - scorer.termPoints(ScoreTerm.MENTOR_PREFERENCE, r, m);
    }

    /** Resident r's strict order: its tier, ties broken by mentor index. */
    public long residentKey(int r, int m) {
        return key(residentTier(r, m), m);
    }

    /** Mentor m's strict order: its tier, ties broken by resident index. */
    public long mentorKey(int m, int r) {
        return key(mentorTier(m, r), r);
    }

    /** Whether resident r strictly prefers mentor m to its mentor {@code current} (or to none, when unmatched). */
    public boolean residentPrefers(int r, int m, int current) {
        return current == Matching.UNMATCHED || residentTier(r, m) < residentTier(r, current);
    }

    /** Whether a tier stands for a place on the person's own list rather than for a pair score. */
    public static boolean listed(int tier) {
        return tier <= LISTED_LIMIT;
    }

    /** The tier of a partner from its 1-based position on the person's list (0: not listed) and the pair's fit. */
    public static int tier(int position, int score) {
        return position > 0 ? Math.min(position, LISTED_LIMIT) : unlistedTier(score);
    }

    /** The tier of a partner the person did not list, from the fit: after every listed one. */
    static int unlistedTier(int score) {
        // pair scores are a few hundred points at most (6 terms x weight 10 x 10 points): 16 bits hold them
        return LISTED_LIMIT + SCORE_OFFSET - Math.max(-SCORE_OFFSET + 1, Math.min(SCORE_OFFSET - 1, score));
    }

    static long key(int tier, int index) {
        return (long) tier << 32 | index;
    }

    /** The partner a key stands for. */
    static int partnerOf(long key) {
        return (int) (key & 0xFFFFFFFFL);
    }

    /** The tier a key stands for. */
    static int tierOf(long key) {
        return (int) (key >>> 32);
    }
}
