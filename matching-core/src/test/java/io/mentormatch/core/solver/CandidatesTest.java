package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class CandidatesTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void keepsTheBestCompatibleMentorsAndThePinnedOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = between(random, 1, 6);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases().generate(15, 10));

        int[][] lists = Candidates.topK(scorer, k);

        for (int r = 0; r < scorer.residentCount(); r++) {
            int resident = r;
            int[] expected = IntStream.range(0, scorer.mentorCount()).filter(m -> scorer.compatible(resident, m))
                    .boxed()
                    .sorted(Comparator.<Integer>comparingInt(m -> -scorer.score(resident, m))
                            .thenComparingInt(m -> m))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            int pinned = scorer.pinnedMentor(r);
            if (pinned >= 0 && IntStream.of(expected).noneMatch(m -> m == pinned)) {
                expected = IntStream.concat(IntStream.of(expected), IntStream.of(pinned)).toArray();
            }
            assertThat(lists[r]).containsExactly(expected);
        }
    }
}
