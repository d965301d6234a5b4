package io.mentormatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;

/** score() reads flat copies of the cohort for speed; breakdown() computes term by term from the records. */
class PairScorerFastPathTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(20)
    void scoresEveryPairAsItsBreakdownAddsUp(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean sameSpecialty = random.nextBoolean();
        boolean continuity = random.nextBoolean();
        Cohort generated = new CohortGenerator(random.nextLong()).generate(60, 30);
        CohortInfo info = new CohortInfo("C", "C", sameSpecialty, continuity);
        PairScorer scorer = PairScorer.of(new Cohort(info, generated.weights(), generated.mentors(),
                generated.residents(), generated.conflicts(), generated.declined(), List.of(),
                generated.previousPairs()));

        for (int r = 0; r < scorer.residentCount(); r++) {
            for (int m = 0; m < scorer.mentorCount(); m++) {
                assertThat(scorer.score(r, m)).isEqualTo(scorer.breakdown(r, m).total());
                assertThat(scorer.compatible(r, m)).isEqualTo(scorer.incompatibility(r, m).isEmpty());
            }
        }
    }
}
