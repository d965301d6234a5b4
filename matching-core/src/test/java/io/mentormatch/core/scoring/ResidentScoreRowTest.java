package io.mentormatch.core.scoring;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static io.mentormatch.core.fixture.Seeds.Draw.weightsOfZeroOrOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;

class ResidentScoreRowTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void scoresEveryPairAsThePairScorerDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CohortGenerator generator = new CohortGenerator(random.nextLong());
        generator = switch (random.nextInt(3)) {
            case 0 -> generator.withEdgeCases();
            case 1 -> generator.withTypedInterests(between(random, 1, 5));
            default -> generator;
        };
        Cohort cohort = generator.generate(between(random, 1, 40), between(random, 1, 20));
        Weights weights = random.nextBoolean() ? weightsOfZeroOrOne(random)
                : new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11), random.nextInt(11),
                        random.nextInt(11), 0, random.nextInt(11));
        PairScorer scorer = PairScorer.of(cohort.withWeights(weights));
        ResidentScoreRow row = new ResidentScoreRow(scorer);

        // residents in a random order, some twice: loading one must leave nothing of the one before
        for (int i = 0; i < 2 * scorer.residentCount(); i++) {
            int r = random.nextInt(scorer.residentCount());
            row.load(r);
            for (int m = 0; m < scorer.mentorCount(); m++) {
                assertThat(row.score(m)).as("resident %d, mentor %d", r, m).isEqualTo(scorer.score(r, m));
                assertThat(row.scoreWithoutInterests(m) + row.interestPoints(m)).isEqualTo(scorer.score(r, m));
                assertThat(row.interestPoints(m)).isBetween(row.interestPointsAtLeast(m), row.interestPointsAtMost(m));
                assertThat(row.compatible(m)).isEqualTo(scorer.compatible(r, m));
            }
        }
    }
}
