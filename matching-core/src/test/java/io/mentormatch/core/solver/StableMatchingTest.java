package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static io.mentormatch.core.fixture.Seeds.Draw.weightsOfZeroOrOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class StableMatchingTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void leavesNoBlockingPairs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 0, 30);
        int mentors = between(random, 0, 12);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));

        Matching matching = StableMatching.solve(scorer);

        ExactAssignmentTest.assertFeasible(scorer, matching);
        assertThat(NaiveBlockingPairs.countStrict(scorer, matching)).isZero();
        assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
        assertThat(BlockingPairs.count(scorer, matching)).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void leavesNoBlockingPairsWhenPairScoresTieOften(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 30), between(random, 0, 12))
                .withWeights(weightsOfZeroOrOne(random)));

        Matching matching = StableMatching.solve(scorer);

        ExactAssignmentTest.assertFeasible(scorer, matching);
        assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(5)
    void leavesNoBlockingPairsOnGeneratedCohorts(long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(new SplittableRandom(seed).nextLong()).generate(300, 120));

        Matching matching = StableMatching.solve(scorer);

        ExactAssignmentTest.assertFeasible(scorer, matching);
        assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
    }

    /** Among the matchings stable under the tie-broken orders deferred acceptance runs on. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void givesEveryResidentItsBestStablePartner(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 5);
        int mentors = between(random, 1, 4);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));
        StatedPreferences preferences = new StatedPreferences(scorer);
        List<int[]> stable = new ArrayList<>();
        Oracles.enumerate(scorer, mentorOf -> {
            if (NaiveBlockingPairs.countStrict(scorer, new Matching(mentorOf)) == 0) {
                stable.add(mentorOf);
            }
        });

        Matching matching = StableMatching.solve(scorer);

        assertThat(stable).anySatisfy(s -> assertThat(s).isEqualTo(matching.mentorOf()));
        for (int r = 0; r < residents; r++) {
            long got = key(preferences, r, matching.mentorOf()[r]);
            for (int[] other : stable) {
                assertThat(got).isLessThanOrEqualTo(key(preferences, r, other[r]));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void keepsPinnedResidentsWithTheirMentor(long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(new SplittableRandom(seed).nextLong()).withEdgeCases()
                .generate(20, 8));

        Matching matching = StableMatching.solve(scorer);

        for (int r = 0; r < scorer.residentCount(); r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                assertThat(matching.mentorOf()[r]).isEqualTo(scorer.pinnedMentor(r));
            }
        }
    }

    private static long key(StatedPreferences preferences, int r, int m) {
        return m == Matching.UNMATCHED ? StatedPreferences.UNMATCHED : preferences.residentKey(r, m);
    }
}
