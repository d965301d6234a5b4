package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Solves a mode again after one resident's form changed ({@link PairScorer#withRanking}), reusing what does not
 * depend on that resident: the other residents' candidate scans. The integrity report's search for misreports asks
 * this thousands of times. Optimal and optimal load-balanced modes are solved by the exact assignment (certified by
 * pricing as in a run; the local search for load balance is left out), rank-maximal by {@link RankMaximal}, stable
 * modes by deferred acceptance from scratch.
 */
public final class OneRowResolve {

    private final MatchingMode mode;
    private final Candidates.Scan[] scans;
    private final int candidates;
    /** In optimal modes, the certified optimum and its duals: most changed rows leave it optimal. */
    private final ExactAssignment.Result exact;

    /** @param base the scorer of the cohort as the mode solves it ({@link MatchingMode#cohortFor}) */
    public OneRowResolve(PairScorer base, MatchingMode mode) {
        this.mode = mode;
        this.candidates = mode == MatchingMode.RANK_MAXIMAL ? RankMaximal.DEFAULT_CANDIDATES
                : ExactAssignment.DEFAULT_CANDIDATES;
        this.scans = mode.stable() ? null : Candidates.scanAll(base, candidates);
        this.exact = mode == MatchingMode.OPTIMAL || mode == MatchingMode.OPTIMAL_LOAD_BALANCED
                ? ExactAssignment.solve(base, scans, Integer.MAX_VALUE) : null;
    }

    /**
     * Resident r's mentor in the mode's matching when its row is that of {@code changed}. In optimal modes, when r's
     * mentor in the certified optimum is still among r's best under the optimum's mentor prices (dual values), the
     * optimum stays optimal for the changed row (r's new profit keeps every dual constraint and complementary
     * slackness), so r keeps its mentor without a solve; only the other rows are solved again.
     */
    public int mentorOf(PairScorer changed, int r) {
        if (exact != null && exact.optimal() && staysOptimal(changed, r)) {
            return exact.matching().mentorOf()[r];
        }
        return solve(changed, r)[r];
    }

    private boolean staysOptimal(PairScorer changed, int r) {
        if (changed.pinnedMentor(r) >= 0) {
            return true;
        }
        ExactAssignment.Duals duals = exact.duals();
        int current = exact.matching().mentorOf()[r];
        long kept = current == Matching.UNMATCHED ? 0
                : changed.score(r, current) + duals.matchBonus() - duals.mentorPrice()[current];
        if (kept < 0) {
            return false;
        }
        for (int m = 0; m < changed.mentorCount(); m++) {
            if (m != current && changed.compatible(r, m)
                    && changed.score(r, m) + duals.matchBonus() - duals.mentorPrice()[m] > kept) {
                return false;
            }
        }
        return true;
    }

    /** The whole matching of the mode when resident r's row is that of {@code changed}. */
    public int[] solve(PairScorer changed, int r) {
        if (mode == MatchingMode.STABLE) {
            return StableMatching.solve(changed).mentorOf();
        }
        if (mode == MatchingMode.STABLE_MENTOR_OPTIMAL) {
            return StableMatching.solveMentorOptimal(changed).mentorOf();
        }
        Candidates.Scan[] rows = scans.clone();
        rows[r] = Candidates.scan(changed, r, candidates);
        Matching matching = mode == MatchingMode.RANK_MAXIMAL ? RankMaximal.solve(changed, rows).matching()
                : ExactAssignment.solve(changed, rows, Integer.MAX_VALUE).matching();
        return matching.mentorOf();
    }
}
