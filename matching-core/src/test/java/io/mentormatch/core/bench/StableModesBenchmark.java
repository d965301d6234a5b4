package io.mentormatch.core.bench;

import java.util.Locale;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * Both stable modes end to end ({@link MatchingSolver#solve}: scorer, candidate scan and exact bound, deferred
 * acceptance, blocking pairs, explanations), as {@link SolverBenchmark}'s "stable mode end to end" row times stable
 * mode (not a test). Generates the cohort (seed 7, not timed), solves each mode once untimed, then times each.
 * Argument: the size as {@code RESIDENTSxMENTORS} (default 2000x1000). Figures: docs/benchmarks.md.
 */
public final class StableModesBenchmark {

    private StableModesBenchmark() {
    }

    public static void main(String[] args) {
        String[] parts = (args.length > 0 ? args[0] : "2000x1000").toLowerCase(Locale.ROOT).split("x");
        Cohort cohort = new CohortGenerator(7).generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        for (MatchingMode mode : new MatchingMode[] {MatchingMode.STABLE, MatchingMode.STABLE_MENTOR_OPTIMAL}) {
            solve(cohort, mode);
        }
        for (MatchingMode mode : new MatchingMode[] {MatchingMode.STABLE, MatchingMode.STABLE_MENTOR_OPTIMAL}) {
            SolverBenchmark.Measured<MatchingResult> run = SolverBenchmark.measure(() -> solve(cohort, mode));
            System.out.printf(Locale.ROOT, "| %s x %s | %s | %,d | %,d | matched %d, blocking pairs %d, gap %.2f %% |%n",
                    parts[0], parts[1], mode.label(), run.millis(), run.cpuMillis(), run.value().assignments().size(),
                    run.value().blockingPairs(), run.value().bound().gapPercent());
        }
    }

    private static MatchingResult solve(Cohort cohort, MatchingMode mode) {
        return new MatchingSolver(cohort, new SolveOptions(mode, SolveOptions.DEFAULT_TIME_LIMIT)).solve(SolveProgress.NONE);
    }
}
