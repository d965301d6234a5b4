package io.mentormatch.core.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * Rank-maximal mode against optimal mode, side by side in one JVM, and the comparison of every mode (not a test).
 * For each size it generates a cohort of the generator's default shape (seed 7, not timed), runs one untimed
 * warm-up round, then times, end to end ({@link MatchingSolver#solve}: scorer, solve, blocking pairs,
 * explanations), optimal mode and rank-maximal mode with load balance 0, so that optimal mode is the exact
 * assignment alone, and then {@link ModeComparison#of} on the cohort as generated (load balance 2: four modes, the
 * last with the local search). Usage and figures: docs/benchmarks.md.
 * <p>
 * Arguments: sizes as {@code RESIDENTSxMENTORS} (default 2000x1000), optionally {@code --seed N},
 * {@code --rounds N} (timed rounds, default 1), {@code --time-limit PT10S} (the comparison's local search).
 */
public final class ModesBenchmark {

    private ModesBenchmark() {
    }

    public static void main(String[] args) {
        long seed = 7;
        int rounds = 1;
        Duration timeLimit = SolveOptions.DEFAULT_TIME_LIMIT;
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--time-limit" -> timeLimit = Duration.parse(args[++i]);
                default -> sizes.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes.add("2000x1000");
        }
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        System.out.println("| size | round | optimal (ms) | optimal CPU (ms) | rank-maximal (ms) | rank-maximal CPU (ms) "
                + "| ratio | compare (ms) | compare CPU (ms) | notes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            Cohort cohort = new CohortGenerator(seed).generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            Cohort withoutLoadBalance = cohort.withWeights(cohort.weights().withLoadBalance(0));
            solve(withoutLoadBalance, MatchingMode.OPTIMAL);
            solve(withoutLoadBalance, MatchingMode.RANK_MAXIMAL);
            for (int round = 1; round <= rounds; round++) {
                SolverBenchmark.Measured<MatchingResult> optimal =
                        SolverBenchmark.measure(() -> solve(withoutLoadBalance, MatchingMode.OPTIMAL));
                SolverBenchmark.Measured<MatchingResult> rankMaximal =
                        SolverBenchmark.measure(() -> solve(withoutLoadBalance, MatchingMode.RANK_MAXIMAL));
                Duration limit = timeLimit;
                SolverBenchmark.Measured<ModeComparison.Comparison> comparison =
                        SolverBenchmark.measure(() -> ModeComparison.of(cohort, limit));
                System.out.printf(Locale.ROOT, "| %s | %d | %,d | %,d | %,d | %,d | %.2f | %,d | %,d | %s |%n",
                        cohort.residents().size() + " x " + cohort.mentors().size(), round, optimal.millis(),
                        optimal.cpuMillis(), rankMaximal.millis(), rankMaximal.cpuMillis(),
                        (double) rankMaximal.millis() / optimal.millis(), comparison.millis(), comparison.cpuMillis(),
                        notes(optimal.value(), rankMaximal.value(), comparison.value()));
            }
        }
    }

    private static MatchingResult solve(Cohort cohort, MatchingMode mode) {
        return new MatchingSolver(cohort, new SolveOptions(mode, SolveOptions.DEFAULT_TIME_LIMIT)).solve(SolveProgress.NONE);
    }

    private static String notes(MatchingResult optimal, MatchingResult rankMaximal, ModeComparison.Comparison comparison) {
        StringBuilder notes = new StringBuilder(String.format(Locale.ROOT,
                "choices optimal %s, rank-maximal %s (%.2f%% below the optimal total); compare:",
                optimal.choiceProfile(), rankMaximal.choiceProfile(), rankMaximal.bound().gapPercent()));
        comparison.modes().forEach(mode -> notes.append(String.format(Locale.ROOT, " %s %d 1st choices, %d blocking;",
                mode.mode(), mode.choiceProfile().get(1), mode.blockingPairs())));
        return notes.toString();
    }
}
