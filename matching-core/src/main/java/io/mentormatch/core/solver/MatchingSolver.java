package io.mentormatch.core.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Solves one cohort in the requested mode and explains the result. One instance per run; {@link #cancel()}
 * may be called from another thread and makes {@link #solve} return the best matching found so far.
 * (First cut: exact or stable phase only; the local-search phase for load balance is to come.)
 */
public final class MatchingSolver {

    private final Cohort cohort;
    private final SolveOptions options;
    private volatile boolean cancelled;

    public MatchingSolver(Cohort cohort, SolveOptions options) {
        this.cohort = cohort;
        this.options = options;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public MatchingResult solve(SolveProgress progress) {
        long start = System.nanoTime();
        PairScorer scorer = PairScorer.of(cohort);
        Matching matching;
        long bound;
        if (options.mode() == MatchingMode.STABLE) {
            matching = StableMatching.solve(scorer);
            bound = ExactAssignment.solve(scorer).upperBound();
        } else {
            ExactAssignment.Result exact = ExactAssignment.solve(scorer);
            matching = exact.matching();
            bound = exact.upperBound();
        }
        long sum = matching.pairScoreSum(scorer);
        int unmatched = scorer.residentCount() - matching.matched();
        String score = "0hard/" + (-unmatched) + "medium/" + sum + "soft";
        progress.bestSoFar("done", score, Duration.ofNanos(System.nanoTime() - start));
        return new MatchingResult(options.mode().label(), score, true,
                new MatchingResult.Bound(bound, gapPercent(sum, bound)),
                assignments(scorer, matching), unassigned(scorer, matching),
                BlockingPairs.count(scorer, matching),
                new MatchingResult.Stats(scorer.residentCount(), scorer.mentorCount(),
                        Duration.ofNanos(System.nanoTime() - start).toMillis()));
    }

    static double gapPercent(long achieved, long bound) {
        if (bound <= 0 || achieved >= bound) {
            return 0.0;
        }
        return Math.round(10000.0 * (bound - achieved) / bound) / 100.0;
    }

    private static List<MatchingResult.Assignment> assignments(PairScorer scorer, Matching matching) {
        PairExplainer explainer = new PairExplainer(scorer);
        List<MatchingResult.Assignment> assignments = new ArrayList<>();
        for (int r = 0; r < scorer.residentCount(); r++) {
            int m = matching.mentorOf()[r];
            if (m != Matching.UNMATCHED) {
                assignments.add(new MatchingResult.Assignment(scorer.resident(r).id().value(),
                        scorer.mentor(m).id().value(), scorer.score(r, m), explainer.reasons(r, m)));
            }
        }
        return assignments;
    }

    private static List<MatchingResult.Unassigned> unassigned(PairScorer scorer, Matching matching) {
        List<MatchingResult.Unassigned> unassigned = new ArrayList<>();
        for (int r = 0; r < scorer.residentCount(); r++) {
            if (matching.mentorOf()[r] == Matching.UNMATCHED) {
                unassigned.add(new MatchingResult.Unassigned(scorer.resident(r).id().value(),
                        "no mentor with free capacity is compatible"));
            }
        }
        return unassigned;
    }
}
