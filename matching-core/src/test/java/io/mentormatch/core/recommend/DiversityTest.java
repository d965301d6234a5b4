package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static io.mentormatch.core.recommend.RecommendationIndexTest.mentorIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;

/** Maximal marginal relevance changes a list only where near-duplicates crowd it. */
class DiversityTest {

    private static final RecommendOptions DIVERSE = new RecommendOptions(false, Diversity.DEFAULT);
    private static final RecommendOptions PLAIN = new RecommendOptions(false, Diversity.OFF);

    /** Three near-copies score highest; a different mentor scores a little less. */
    private final Cohort nearCopies = aCohort().weights(Weights.DEFAULT)
            .mentors(aMentor("COPY1").specialty("Cardiology").interests("echocardiography", "heart failure"),
                    aMentor("COPY2").specialty("Cardiology").interests("echocardiography", "heart failure"),
                    aMentor("COPY3").specialty("Cardiology").interests("echocardiography", "heart failure"),
                    aMentor("OTHER").specialty("Cardiology").interests("echocardiography", "ethics"))
            .residents(aResident("R1").careerGoal("Cardiology").interests("echocardiography", "heart failure"))
            .build();

    @Test
    void promotesADifferentMentorAboveNearCopies() {
        RecommendationIndex index = RecommendationIndex.of(nearCopies);

        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 4, PLAIN)))
                .containsExactly("COPY1", "COPY2", "COPY3", "OTHER");
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 4, DIVERSE)))
                .containsExactly("COPY1", "OTHER", "COPY2", "COPY3");
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 2, DIVERSE)))
                .containsExactly("COPY1", "OTHER");
    }

    @Test
    void keepsTheOrderOfAListWithoutNearDuplicates() {
        Cohort distinct = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("A").specialty("Cardiology").interests("echocardiography", "heart failure"),
                        aMentor("B").specialty("Cardiology").interests("ethics", "global health"),
                        aMentor("C").specialty("Nephrology").interests("echocardiography", "heart failure"),
                        aMentor("D").specialty("Internal Medicine").interests("heart failure"))
                .residents(aResident("R1").careerGoal("Cardiology")
                        .interests("echocardiography", "heart failure", "global health"))
                .build();
        RecommendationIndex index = RecommendationIndex.of(distinct);

        assertThat(index.recommendMentors(ResidentId.of("R1"), 4, DIVERSE))
                .isEqualTo(index.recommendMentors(ResidentId.of("R1"), 4, PLAIN));
    }

    @Test
    void changesNothingAtLambdaOne() {
        RecommendationIndex index = RecommendationIndex.of(nearCopies);

        assertThat(index.recommendMentors(ResidentId.of("R1"), 4, PLAIN.withDiversity(Diversity.mmr(1))))
                .isEqualTo(index.recommendMentors(ResidentId.of("R1"), 4, PLAIN));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void keepsRelevanceOrderWhenNoTwoCandidatesAreNearDuplicates(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int candidates = between(random, 1, 40);
        int k = between(random, 1, 40);
        double lambda = between(random, 0, 100) / 100.0;
        double[] relevance = random.doubles(candidates, -0.2, 1).boxed()
                .sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
        double[][] similarity = symmetric(random, candidates, ProfileSimilarity.NEAR_DUPLICATE);

        int[] picks = MaximalMarginalRelevance.rerank(relevance, k, lambda, (a, b) -> similarity[a][b]);

        assertThat(picks).containsExactly(IntStream.range(0, Math.min(k, candidates)).toArray());
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void picksEachCandidateAtMostOnce(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int candidates = between(random, 1, 40);
        int k = between(random, 1, 40);
        double lambda = between(random, 0, 100) / 100.0;
        double[] relevance = random.doubles(candidates, 0, 1).toArray();
        double[][] similarity = symmetric(random, candidates, 1);

        int[] picks = MaximalMarginalRelevance.rerank(relevance, k, lambda, (a, b) -> similarity[a][b]);

        assertThat(picks).hasSize(Math.min(k, candidates)).doesNotHaveDuplicates();
    }

    /** Random similarities in [0, below). */
    private static double[][] symmetric(RandomGenerator random, int n, double below) {
        double[][] similarity = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                similarity[a][b] = similarity[b][a] = a == b ? 1 : random.nextDouble() * below;
            }
        }
        return similarity;
    }
}
