package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class LoadBalanceBoundTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void isTheLeastPenaltyOfAnyMatchingOfThatSize(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 6), between(random, 0, 4))
                .withWeights(Weights.DEFAULT.withLoadBalance(between(random, 0, 10))));
        long[] least = new long[scorer.residentCount() + 1];
        java.util.Arrays.fill(least, Long.MAX_VALUE);
        Oracles.enumerate(scorer, mentorOf -> {
            Matching matching = new Matching(mentorOf);
            least[matching.matched()] = Math.min(least[matching.matched()], LoadBalanceBound.penalty(scorer, matching));
        });

        boolean everyPairAllowed = true;
        for (int r = 0; r < scorer.residentCount(); r++) {
            everyPairAllowed &= scorer.pinnedMentor(r) < 0;
            for (int m = 0; m < scorer.mentorCount(); m++) {
                everyPairAllowed &= scorer.capacity(m) == 0 || scorer.compatible(r, m);
            }
        }
        for (int matched = 0; matched <= scorer.residentCount(); matched++) {
            if (least[matched] != Long.MAX_VALUE) {
                long bound = LoadBalanceBound.leastPenalty(scorer, matched);
                // compatibility may rule out the most even loads: then the bound may lie below, never above
                if (everyPairAllowed) {
                    assertThat(bound).isEqualTo(least[matched]);
                } else {
                    assertThat(bound).isLessThanOrEqualTo(least[matched]);
                }
            }
        }
    }
}
