package io.mentormatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class StableMatchingTest {

    @Property(tries = 300)
    void leavesNoBlockingPairs(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int residents,
                               @ForAll @IntRange(min = 0, max = 12) int mentors) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);

        Matching matching = StableMatching.solve(scorer);

        ExactAssignmentTest.assertFeasible(scorer, matching);
        assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
        assertThat(BlockingPairs.count(scorer, matching)).isZero();
    }

    @Property(tries = 5)
    void leavesNoBlockingPairsOnGeneratedCohorts(@ForAll long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(seed).generate(300, 120));

        Matching matching = StableMatching.solve(scorer);

        ExactAssignmentTest.assertFeasible(scorer, matching);
        assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
    }

    @Property(tries = 300)
    void givesEveryResidentItsBestStablePartner(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int residents,
                                                @ForAll @IntRange(min = 1, max = 4) int mentors) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);
        Preferences preferences = new Preferences(scorer);
        List<int[]> stable = new ArrayList<>();
        Oracles.enumerate(scorer, mentorOf -> {
            if (NaiveBlockingPairs.count(scorer, new Matching(mentorOf)) == 0) {
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

    @Property(tries = 100)
    void keepsPinnedResidentsWithTheirMentor(@ForAll long seed) {
        PairScorer scorer = RandomCohorts.scorer(seed, 20, 8);

        Matching matching = StableMatching.solve(scorer);

        for (int r = 0; r < scorer.residentCount(); r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                assertThat(matching.mentorOf()[r]).isEqualTo(scorer.pinnedMentor(r));
            }
        }
    }

    private static long key(Preferences preferences, int r, int m) {
        return m == Matching.UNMATCHED ? Preferences.UNMATCHED : preferences.residentKey(r, m);
    }
}
