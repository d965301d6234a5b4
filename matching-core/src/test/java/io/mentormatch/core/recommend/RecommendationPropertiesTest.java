package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

/** Invariants of the recommendations on random cohorts, checked against the pair scorer by brute force. */
class RecommendationPropertiesTest {

    private static final RecommendOptions PLAIN = new RecommendOptions(false, Diversity.OFF);

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void ranksMentorsLikeABruteForceSortByPairScore(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int mentors = between(random, 1, 30);
        int residents = between(random, 1, 12);
        int k = between(random, 1, 35);
        boolean skipFull = random.nextBoolean();
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases().withTypedInterests(30)
                .generate(residents, mentors);
        PairScorer scorer = PairScorer.of(cohort);
        RecommendationIndex index = RecommendationIndex.of(cohort);
        int[] load = randomLoads(cohort, random, index);
        RecommendOptions options = skipFull ? PLAIN.skippingFullMentors() : PLAIN;

        for (int r = 0; r < residents; r++) {
            int resident = r;
            List<String> expected = IntStream.range(0, mentors)
                    .filter(m -> scorer.compatible(resident, m))
                    .filter(m -> !skipFull || free(scorer, load, m) > 0)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingInt(m -> -scorer.score(resident, m))
                            .thenComparingInt(m -> -free(scorer, load, m))
                            .thenComparingInt(m -> m))
                    .limit(k)
                    .map(m -> scorer.mentor(m).id() + "=" + scorer.score(resident, m))
                    .toList();

            List<String> actual = index.recommendMentors(cohort.residents().get(r).id(), k, options).stream()
                    .map(rec -> rec.mentor() + "=" + rec.pairScore())
                    .toList();

            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void ranksResidentsLikeABruteForceSortByPairScore(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int mentors = between(random, 1, 12);
        int residents = between(random, 1, 30);
        int k = between(random, 1, 35);
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases().withTypedInterests(30)
                .generate(residents, mentors);
        PairScorer scorer = PairScorer.of(cohort);
        RecommendationIndex index = RecommendationIndex.of(cohort);

        for (int m = 0; m < mentors; m++) {
            int mentor = m;
            List<String> expected = IntStream.range(0, residents)
                    .filter(r -> scorer.compatible(r, mentor))
                    .boxed()
                    .sorted(Comparator.<Integer>comparingInt(r -> -scorer.score(r, mentor)).thenComparingInt(r -> r))
                    .limit(k)
                    .map(r -> scorer.resident(r).id() + "=" + scorer.score(r, mentor))
                    .toList();

            List<String> actual = index.recommendResidents(cohort.mentors().get(m).id(), k, PLAIN).stream()
                    .map(rec -> rec.resident() + "=" + rec.pairScore())
                    .toList();

            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void neverRecommendsAPairAHardRuleForbids(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int mentors = between(random, 1, 30);
        int residents = between(random, 1, 12);
        int lambdaTenths = between(random, 0, 10);
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases().withTypedInterests(30)
                .generate(residents, mentors);
        PairScorer scorer = PairScorer.of(cohort);
        RecommendationIndex index = RecommendationIndex.of(cohort);
        RecommendOptions options = new RecommendOptions(false, Diversity.mmr(lambdaTenths / 10.0));

        for (int r = 0; r < residents; r++) {
            for (MentorRecommendation recommendation : index.recommendMentors(cohort.residents().get(r).id(), 10, options)) {
                int m = scorer.mentorIndex(recommendation.mentor());
                assertThat(scorer.incompatibility(r, m)).isEmpty();
                assertThat(recommendation.pairScore()).isEqualTo(scorer.score(r, m));
                assertThat(recommendation.breakdown()).isEqualTo(scorer.breakdown(r, m));
            }
        }
        for (int m = 0; m < mentors; m++) {
            for (ResidentRecommendation recommendation : index.recommendResidents(cohort.mentors().get(m).id(), 10, options)) {
                assertThat(scorer.incompatibility(scorer.residentIndex(recommendation.resident()), m)).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(40)
    void answersAfterInPlaceUpdatesLikeAFullRebuild(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int mentors = between(random, 1, 25);
        int residents = between(random, 1, 12);
        int edits = between(random, 1, 8);
        CohortGenerator generator = new CohortGenerator(random.nextLong()).withEdgeCases().withTypedInterests(30);
        Cohort cohort = generator.generate(residents, mentors);
        RecommendationIndex updated = RecommendationIndex.of(cohort);
        List<Mentor> current = new ArrayList<>(cohort.mentors());
        for (Mentor edit : generator.mentorEdits(cohort, edits)) {
            current.replaceAll(mentor -> mentor.id().equals(edit.id()) ? edit : mentor);
            updated.updateMentor(edit);
        }
        Cohort editedCohort = new Cohort(cohort.info(), cohort.weights(), current, cohort.residents(),
                cohort.conflicts(), cohort.declined(), cohort.pinned(), cohort.previousPairs());
        RecommendationIndex rebuilt = RecommendationIndex.of(editedCohort);
        PairScorer scorer = PairScorer.of(editedCohort);

        for (int r = 0; r < residents; r++) {
            var resident = editedCohort.residents().get(r).id();
            List<MentorRecommendation> fromUpdates = updated.recommendMentors(resident, mentors, RecommendOptions.DEFAULT);
            List<MentorRecommendation> fromRebuild = rebuilt.recommendMentors(resident, mentors, RecommendOptions.DEFAULT);
            assertThat(comparable(fromUpdates)).isEqualTo(comparable(fromRebuild));
            for (MentorRecommendation recommendation : fromUpdates) {
                assertThat(recommendation.pairScore()).isEqualTo(scorer.score(resident, recommendation.mentor()));
            }
        }
        for (Mentor mentor : current) {
            assertThat(updated.recommendResidents(mentor.id(), residents, PLAIN).stream()
                    .map(rec -> rec.resident() + "=" + rec.breakdown().points()).toList())
                    .isEqualTo(rebuilt.recommendResidents(mentor.id(), residents, PLAIN).stream()
                            .map(rec -> rec.resident() + "=" + rec.breakdown().points()).toList());
            assertThat(similar(updated.similarMentors(mentor.id(), mentors, PLAIN)))
                    .isEqualTo(similar(rebuilt.similarMentors(mentor.id(), mentors, PLAIN)));
        }
    }

    /** Shared interests compare as sets: an id given to a brand-new term on update may order them differently. */
    private static List<String> comparable(List<MentorRecommendation> recommendations) {
        return recommendations.stream()
                .map(rec -> rec.mentor() + "=" + rec.pairScore() + " " + rec.breakdown().points()
                        + " " + new TreeSet<>(rec.breakdown().sharedInterests()) + " free " + rec.freeCapacity())
                .toList();
    }

    /** Similarities compare to 9 places: the last bits of a cosine depend on the order of term ids. */
    private static List<String> similar(List<SimilarMentor> mentors) {
        return mentors.stream()
                .map(s -> s.mentor() + String.format(" %.9f ", s.similarity()) + s.reasons())
                .toList();
    }

    private static int[] randomLoads(Cohort cohort, RandomGenerator random, RecommendationIndex index) {
        int[] load = new int[cohort.mentors().size()];
        Map<MentorId, Integer> loads = new HashMap<>();
        for (int m = 0; m < load.length; m++) {
            load[m] = random.nextInt(4);
            loads.put(cohort.mentors().get(m).id(), load[m]);
        }
        index.updateLoads(loads);
        return load;
    }

    private static int free(PairScorer scorer, int[] load, int m) {
        return Math.max(0, scorer.capacity(m) - load[m]);
    }
}
