package io.mentormatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class ExactAssignmentTest {

    @Property(tries = 300)
    void equalsBruteForceOptimumOnTinyCohorts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int residents,
                                              @ForAll @IntRange(min = 0, max = 4) int mentors) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);

        ExactAssignment.Result result = ExactAssignment.solve(scorer);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.bruteForceOptimum(scorer));
        assertFeasible(scorer, result.matching());
        assertThat(result.optimal()).isTrue();
        assertThat(result.upperBound()).isEqualTo(result.pairScoreSum());
    }

    @Property(tries = 200)
    void equalsLibraryMinCostFlowOnSmallCohorts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int residents,
                                                @ForAll @IntRange(min = 1, max = 20) int mentors,
                                                @ForAll @IntRange(min = 1, max = 4) int candidates) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);

        // few candidates per resident force the pricing rounds to bring pruned pairs back
        ExactAssignment.Result result = ExactAssignment.solve(scorer, candidates);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
        assertFeasible(scorer, result.matching());
        assertThat(result.pairScoreSum()).isEqualTo(result.matching().pairScoreSum(scorer));
        assertThat(result.upperBound()).isEqualTo(result.pairScoreSum());
    }

    @Property(tries = 100)
    void certifiesItsOptimumWithFeasibleDualPrices(@ForAll long seed,
                                                   @ForAll @IntRange(min = 1, max = 30) int residents,
                                                   @ForAll @IntRange(min = 1, max = 12) int mentors) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);

        ExactAssignment.Result result = ExactAssignment.solve(scorer, 2);

        ExactAssignment.Duals duals = result.duals();
        for (int r = 0; r < scorer.residentCount(); r++) {
            assertThat(duals.residentProfit()[r]).isNotNegative();
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.pinnedMentor(r) < 0 && scorer.compatible(r, m)) {
                    assertThat(duals.residentProfit()[r] + duals.mentorPrice()[m])
                            .isGreaterThanOrEqualTo(scorer.score(r, m) + duals.matchBonus());
                }
            }
        }
        for (int m = 0; m < scorer.mentorCount(); m++) {
            assertThat(duals.mentorPrice()[m]).isNotNegative();
        }
    }

    @Property(tries = 100)
    void reportsAValidBoundWhenStoppedBeforePricingIsDone(@ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 6) int residents,
                                                          @ForAll @IntRange(min = 1, max = 4) int mentors) {
        PairScorer scorer = RandomCohorts.scorer(seed, residents, mentors);

        ExactAssignment.Result result = ExactAssignment.solve(scorer, 1, 1);

        Oracles.Value optimum = Oracles.bruteForceOptimum(scorer);
        long[] bestWithAsManyMatched = {Long.MIN_VALUE};
        Oracles.enumerate(scorer, mentorOf -> {
            Matching matching = new Matching(mentorOf);
            if (matching.matched() >= result.matching().matched()) {
                bestWithAsManyMatched[0] = Math.max(bestWithAsManyMatched[0], matching.pairScoreSum(scorer));
            }
        });
        assertThat(result.upperBound()).isGreaterThanOrEqualTo(bestWithAsManyMatched[0]);
        assertThat(result.matching().matched()).isLessThanOrEqualTo(optimum.matched());
        assertFeasible(scorer, result.matching());
    }

    @Property(tries = 5)
    void takesCandidateListsAndStillFindsTheOptimum(@ForAll long seed) {
        PairScorer scorer = RandomCohorts.scorer(seed, 25, 10);
        int[][] onlyWorstMentor = new int[scorer.residentCount()][];
        for (int r = 0; r < scorer.residentCount(); r++) {
            int[] all = Candidates.topK(scorer, r, scorer.mentorCount());
            onlyWorstMentor[r] = all.length == 0 ? all : new int[] {all[all.length - 1]};
        }

        ExactAssignment.Result result = ExactAssignment.solve(scorer, onlyWorstMentor);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
    }

    @Property(tries = 6)
    void equalsLibraryMinCostFlowOnGeneratedCohortsShortOrLongOfSeats(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.85, max = 1.1) double seatsPerResident) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(seed).generate(120, 50, seatsPerResident));

        ExactAssignment.Result result = ExactAssignment.solve(scorer);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
        assertThat(result.optimal()).isTrue();
    }

    static void assertFeasible(PairScorer scorer, Matching matching) {
        int[] load = matching.loads(scorer.mentorCount());
        for (int m = 0; m < scorer.mentorCount(); m++) {
            assertThat(load[m]).isLessThanOrEqualTo(scorer.capacity(m));
        }
        for (int r = 0; r < scorer.residentCount(); r++) {
            int m = matching.mentorOf()[r];
            if (scorer.pinnedMentor(r) >= 0) {
                assertThat(m).isEqualTo(scorer.pinnedMentor(r));
            } else if (m != Matching.UNMATCHED) {
                assertThat(scorer.compatible(r, m)).isTrue();
            }
        }
    }
}
