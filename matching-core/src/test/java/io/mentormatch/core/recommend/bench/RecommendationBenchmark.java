package io.mentormatch.core.recommend.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.recommend.Diversity;
import io.mentormatch.core.recommend.MentorRecommendation;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * The recommendation engine at 20,000 mentors (and as many residents). Sample mode, so
 * that JMH reports the mean and the percentiles; run with {@code -prof gc} for the allocation per call.
 * How to run and the figures: docs/benchmarks.md, section "Recommendation engine".
 */
@BenchmarkMode(Mode.SampleTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecommendationBenchmark {

    /** Draft forms and edits cycle through this many pre-generated profiles. */
    private static final int ROTATION = 1024;

    @State(Scope.Benchmark)
    public static class Index {

        @Param("20000")
        public int mentors;

        @Param("20000")
        public int residents;

        Cohort cohort;
        RecommendationIndex index;
        Resident[] drafts;
        Mentor[] edits;
        int next;

        @Setup(Level.Trial)
        public void build() {
            CohortGenerator generator = new CohortGenerator(42).withTypedInterests(2_000);
            cohort = generator.generate(residents, mentors);
            index = RecommendationIndex.of(cohort);
            List<Resident> all = cohort.residents();
            drafts = new Resident[ROTATION];
            for (int i = 0; i < ROTATION; i++) {
                drafts[i] = all.get((int) ((long) i * all.size() / ROTATION));
            }
            // each edit gives a mentor a new random profile; the next pass over the rotation restores the original
            Map<MentorId, Mentor> original = cohort.mentors().stream()
                    .collect(Collectors.toMap(Mentor::id, Function.identity()));
            List<Mentor> redrawn = generator.mentorEdits(cohort, ROTATION);
            edits = new Mentor[2 * ROTATION];
            for (int i = 0; i < ROTATION; i++) {
                edits[i] = redrawn.get(i);
                edits[ROTATION + i] = original.get(redrawn.get(i).id());
            }
        }

        Resident nextDraft() {
            return drafts[next++ & (ROTATION - 1)];
        }

        Mentor nextEdit() {
            return edits[next++ & (2 * ROTATION - 1)];
        }
    }

    @State(Scope.Benchmark)
    public static class Options {

        @Param({"true", "false"})
        public boolean diversity;

        RecommendOptions options;

        @Setup(Level.Trial)
        public void choose() {
            options = new RecommendOptions(false, diversity ? Diversity.DEFAULT : Diversity.OFF);
        }
    }

    /** A resident's form as it stands, scored against every mentor: the "recommended for you" box. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<MentorRecommendation> recommendMentorsTop10(Index state, Options options) {
        return state.index.recommendMentors(state.nextDraft(), 10, options.options);
    }

    /** One mentor edits their profile; the index follows in place. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RecommendationIndex updateOneMentor(Index state) {
        state.index.updateMentor(state.nextEdit());
        return state.index;
    }

    /**
     * One mentor edits their profile, then a resident asks for recommendations: the query pays for re-weighting
     * the profiles it reads whose interest weights the edit changed.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<MentorRecommendation> updateOneMentorThenRecommendTop10(Index state, Options options) {
        state.index.updateMentor(state.nextEdit());
        return state.index.recommendMentors(state.nextDraft(), 10, options.options);
    }

    /** Building the index of the whole cohort from scratch. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public RecommendationIndex buildIndex(Index state) {
        return RecommendationIndex.of(state.cohort);
    }
}
