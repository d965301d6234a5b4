package io.mentormatch.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.BlockingPairs;
import io.mentormatch.core.solver.ExactAssignment;
import io.mentormatch.core.solver.Matching;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;
import io.mentormatch.core.solver.StableMatching;

/**
 * The matching engine's benchmark (not a test): for each size, generates a cohort (not timed), then times the
 * exact assignment alone, optimal mode end to end, stable matching alone and stable mode end to end, each with
 * the {@link PairScorer} built inside the timing, and reports the peak heap of each. Load balance is 0, so
 * optimal mode must return the exact optimum. Usage and figures: docs/benchmarks.md.
 * <p>
 * Arguments: sizes as {@code RESIDENTSxMENTORS} (default 2000x1000), optionally {@code --seed N},
 * {@code --seats 0.98} (total capacity over residents; default: drawn between 0.97 and 1.05 from the seed),
 * {@code --not-accepting 0.05} (the share of mentors taking no mentees, default 0.02; with {@code --seats 0.842},
 * 0.8 open seats per resident: the national scale under scarcity of docs/benchmarks.md),
 * {@code --skip-exact}, {@code --skip-end-to-end}, {@code --skip-stable}, {@code --load-balance W} (instead: optimal
 * load-balanced mode end to end with load-balance weight W, reporting the linear part against the exact bound and the spread of mentor load before
 * and after the local search).
 */
public final class SolverBenchmark {

    private SolverBenchmark() {
    }

    public static void main(String[] args) {
        long seed = 7;
        boolean endToEnd = true;
        boolean exactAlone = true;
        boolean stable = true;
        Double seats = null;
        double notAccepting = CohortGenerator.DEFAULT_NOT_ACCEPTING;
        int loadBalance = 0;
        Duration timeLimit = SolveOptions.DEFAULT_TIME_LIMIT;
        List<String> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--skip-end-to-end" -> endToEnd = false;
                case "--skip-exact" -> exactAlone = false;
                case "--skip-stable" -> stable = false;
                case "--seats" -> seats = Double.parseDouble(args[++i]);
                case "--not-accepting" -> notAccepting = Double.parseDouble(args[++i]);
                case "--load-balance" -> loadBalance = Integer.parseInt(args[++i]);
                case "--time-limit" -> timeLimit = Duration.parse(args[++i]);
                default -> sizes.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes.add("2000x1000");
        }
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        System.out.println("| size | pairs | what | time (ms) | CPU (ms) | peak heap (MiB) | matched | pair-score sum | "
                + "bound | gap % | notes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            int residents = Integer.parseInt(parts[0]);
            int mentors = Integer.parseInt(parts[1]);
            CohortGenerator generator = new CohortGenerator(seed);
            Cohort cohort = seats == null && notAccepting == CohortGenerator.DEFAULT_NOT_ACCEPTING
                    ? generator.generate(residents, mentors)
                    : generator.generate(residents, mentors, seats == null ? 1.0 : seats, notAccepting);
            System.out.printf(Locale.ROOT, "%d x %d: %.3f open seats per resident, %d mentors not accepting%n",
                    residents, mentors, cohort.mentors().stream().mapToInt(m -> m.effectiveCapacity()).sum()
                            / (double) Math.max(1, residents),
                    cohort.mentors().stream().filter(m -> !m.accepting()).count());
            if (loadBalance > 0) {
                runLoadBalanced(cohort.withWeights(cohort.weights().withLoadBalance(loadBalance)), timeLimit);
            } else {
                run(cohort.withWeights(cohort.weights().withLoadBalance(0)), exactAlone, endToEnd, stable);
            }
        }
    }

    private static void run(Cohort cohort, boolean exactAlone, boolean endToEnd, boolean stable) {
        String size = cohort.residents().size() + " x " + cohort.mentors().size();
        long pairs = (long) cohort.residents().size() * cohort.mentors().size();
        ExactAssignment.Result result = null;
        if (exactAlone) {
            Measured<ExactAssignment.Result> exact = measure(() -> ExactAssignment.solve(PairScorer.of(cohort)));
            result = exact.value;
            row(size, pairs, "exact assignment", exact, result.matching().matched(), result.pairScoreSum(),
                    result.upperBound(), (result.optimal() ? "optimal, certified" : "bounded")
                            + ", pricing rounds " + result.pricingRounds());
        }
        if (endToEnd) {
            Measured<MatchingResult> optimal = measure(
                    () -> new MatchingSolver(cohort, SolveOptions.optimal()).solve(SolveProgress.NONE));
            MatchingResult r = optimal.value;
            String check = result == null ? (r.bound().gapPercent() == 0.0 ? ", gap 0 (certified)" : ", NOT certified")
                    : r.pairScoreSum() == result.pairScoreSum() ? ", equals exact optimum" : ", DIFFERS from exact";
            row(size, pairs, "optimal mode end to end", optimal, r.assignments().size(), r.pairScoreSum(),
                    r.bound().pairScoreUpperBound(), "blocking pairs " + r.blockingPairs() + check);
        }
        // the stable rows report against the exact bound
        if (stable && result != null) {
            Measured<Matching> da = measure(() -> StableMatching.solve(PairScorer.of(cohort)));
            PairScorer scorer = PairScorer.of(cohort);
            long blockingStart = System.nanoTime();
            int blocking = BlockingPairs.count(scorer, da.value);
            long blockingMillis = (System.nanoTime() - blockingStart) / 1_000_000;
            row(size, pairs, "stable matching", da, da.value.matched(), da.value.pairScoreSum(scorer),
                    result.upperBound(), "blocking pairs " + blocking + " (counted in " + blockingMillis + " ms)");
            if (endToEnd) {
                Measured<MatchingResult> stableRun = measure(
                        () -> new MatchingSolver(cohort, SolveOptions.stable()).solve(SolveProgress.NONE));
                MatchingResult r = stableRun.value;
                row(size, pairs, "stable mode end to end", stableRun, r.assignments().size(), r.pairScoreSum(),
                        r.bound().pairScoreUpperBound(), "blocking pairs " + r.blockingPairs());
            }
        }
    }

    private static void runLoadBalanced(Cohort cohort, Duration timeLimit) {
        String size = cohort.residents().size() + " x " + cohort.mentors().size();
        long pairs = (long) cohort.residents().size() * cohort.mentors().size();
        PairScorer scorer = PairScorer.of(cohort);
        Matching exact = ExactAssignment.solve(scorer).matching();
        Measured<MatchingResult> optimal = measure(
                () -> new MatchingSolver(cohort, new SolveOptions(MatchingMode.OPTIMAL_LOAD_BALANCED, timeLimit))
                        .solve(SolveProgress.NONE));
        MatchingResult r = optimal.value;
        Matching balanced = Matching.empty(scorer.residentCount());
        r.assignments().forEach(a -> balanced.mentorOf()[scorer.residentIndex(ResidentId.of(a.resident()))] =
                scorer.mentorIndex(MentorId.of(a.mentor())));
        row(size, pairs, "optimal-load-balanced mode, load balance " + cohort.weights().loadBalance() + ", limit " + timeLimit, optimal,
                r.assignments().size(), r.pairScoreSum(), r.bound().pairScoreUpperBound(),
                "score " + r.score() + "; load before local search " + spread(scorer, exact)
                        + "; after " + spread(scorer, balanced));
    }

    /** Mentors left idle, and the standard deviation of load among accepting mentors. */
    private static String spread(PairScorer scorer, Matching matching) {
        int[] load = matching.loads(scorer.mentorCount());
        SummaryStatistics stats = new SummaryStatistics();
        int idle = 0;
        for (int m = 0; m < load.length; m++) {
            if (scorer.capacity(m) > 0) {
                stats.addValue(load[m]);
                idle += load[m] == 0 ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "idle %d, sd %.3f, max %.0f", idle, stats.getStandardDeviation(),
                stats.getMax());
    }

    private static void row(String size, long pairs, String what, Measured<?> m, int matched, long sum, long bound,
                            String notes) {
        double gap = bound == 0 ? 0 : 100.0 * (bound - sum) / Math.abs(bound);
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %,d | %,d | %,d | %d | %d | %d | %.3f | %s |%n", size, pairs,
                what, m.millis, m.cpuMillis, m.peakHeapMiB, matched, sum, bound, gap, notes);
    }

    /** @param cpuMillis CPU time of the whole process (every thread, the GC too): shows what parallelism bought */
    record Measured<T>(T value, long millis, long cpuMillis, long peakHeapMiB) {
    }

    /** Times one run and reports the peak heap it reached (pools reset after a full GC) and the CPU it used. */
    static <T> Measured<T> measure(Supplier<T> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        long cpuMillis = Duration.ofNanos(os.getProcessCpuTime() - cpuStart).toMillis();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, millis, cpuMillis, peak >> 20);
    }
}
