package io.mentormatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.generate.CohortGenerator;

/** score() reads flat copies of the cohort for speed; breakdown() computes term by term from the records. */
class PairScorerFastPathTest {

    @Property(tries = 20)
    void scoresEveryPairAsItsBreakdownAddsUp(@ForAll long seed, @ForAll boolean sameSpecialty,
                                             @ForAll boolean continuity) {
        Cohort generated = new CohortGenerator(seed).generate(60, 30);
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
