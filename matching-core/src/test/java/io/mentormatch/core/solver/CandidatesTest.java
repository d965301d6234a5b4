package io.mentormatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import io.mentormatch.core.scoring.PairScorer;

class CandidatesTest {

    @Property(tries = 200)
    void keepsTheBestCompatibleMentorsAndThePinnedOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int k) {
        PairScorer scorer = RandomCohorts.scorer(seed, 15, 10);

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
