package io.mentormatch.core.recommend.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.recommend.Diversity;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * The same operations as {@link RecommendationBenchmark}, timed by the CPU time of the calling thread instead of
 * the wall clock: on a shared machine the wall clock of one call includes the time the thread waited for a
 * core, which says nothing about the code. Run as described in docs/benchmarks.md.
 */
public final class RecommendationCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RecommendationCpuTime() {
    }

    public static void main(String[] args) {
        int mentors = 20_000;
        int residents = 20_000;
        CohortGenerator generator = new CohortGenerator(42).withTypedInterests(2_000);
        Cohort cohort = generator.generate(residents, mentors);
        report("buildIndex", 3, 10, i -> RecommendationIndex.of(cohort));
        RecommendationIndex index = RecommendationIndex.of(cohort);
        for (Diversity diversity : new Diversity[] {Diversity.DEFAULT, Diversity.OFF}) {
            RecommendOptions options = new RecommendOptions(false, diversity);
            report("recommendMentorsTop10 diversity=" + diversity.enabled(), 5_000, 20_000,
                    i -> index.recommendMentors(cohort.residents().get((int) ((i * 7919L) % residents)), 10, options));
        }
        Map<MentorId, Mentor> original = cohort.mentors().stream()
                .collect(Collectors.toMap(Mentor::id, Function.identity()));
        List<Mentor> redrawn = generator.mentorEdits(cohort, 1024);
        Mentor[] edits = new Mentor[2 * 1024];
        for (int i = 0; i < 1024; i++) {
            edits[i] = redrawn.get(i);
            edits[1024 + i] = original.get(redrawn.get(i).id());
        }
        report("updateOneMentor", 20_000, 50_000, i -> index.updateMentor(edits[i & (edits.length - 1)]));
        RecommendOptions options = RecommendOptions.DEFAULT;
        report("updateOneMentorThenRecommendTop10", 5_000, 20_000, i -> {
            index.updateMentor(edits[i & (edits.length - 1)]);
            index.recommendMentors(cohort.residents().get((int) ((i * 7919L) % residents)), 10, options);
        });
    }

    private static void report(String name, int warmup, int calls, IntConsumer operation) {
        for (int i = 0; i < warmup; i++) {
            operation.accept(i);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            operation.accept(warmup + i);
            nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-36s calls %6d  cpu mean %10.1f us  p50 %10.1f  p90 %10.1f  p99 %10.1f  max %10.1f%n",
                name, calls, Arrays.stream(nanos).average().orElse(0) / 1e3, percentile(nanos, 0.50),
                percentile(nanos, 0.90), percentile(nanos, 0.99), nanos[calls - 1] / 1e3);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }
}
