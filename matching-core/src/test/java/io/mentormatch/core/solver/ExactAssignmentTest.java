package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class ExactAssignmentTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void equalsBruteForceOptimumOnTinyCohorts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 0, 6);
        int mentors = between(random, 0, 4);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));

        ExactAssignment.Result result = ExactAssignment.solve(scorer);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.bruteForceOptimum(scorer));
        assertFeasible(scorer, result.matching());
        assertThat(result.optimal()).isTrue();
        assertThat(result.upperBound()).isEqualTo(result.pairScoreSum());
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void equalsLibraryMinCostFlowOnSmallCohorts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 40);
        int mentors = between(random, 1, 20);
        int candidates = between(random, 1, 4);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));

        // few candidates per resident force the pricing rounds to bring pruned pairs back
        ExactAssignment.Result result = ExactAssignment.solve(scorer, candidates);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
        assertFeasible(scorer, result.matching());
        assertThat(result.pairScoreSum()).isEqualTo(result.matching().pairScoreSum(scorer));
        assertThat(result.upperBound()).isEqualTo(result.pairScoreSum());
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void certifiesItsOptimumWithFeasibleDualPrices(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 30);
        int mentors = between(random, 1, 12);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));

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

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void reportsAValidBoundWhenStoppedBeforePricingIsDone(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 6);
        int mentors = between(random, 1, 4);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));

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

    @ParameterizedTest(name = "seed {0}")
    @Seeds(5)
    void takesCandidateListsAndStillFindsTheOptimum(long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(new SplittableRandom(seed).nextLong()).withEdgeCases()
                .generate(25, 10));
        int[][] onlyWorstMentor = new int[scorer.residentCount()][];
        for (int r = 0; r < scorer.residentCount(); r++) {
            int[] all = Candidates.topK(scorer, r, scorer.mentorCount());
            onlyWorstMentor[r] = all.length == 0 ? all : new int[] {all[all.length - 1]};
        }

        ExactAssignment.Result result = ExactAssignment.solve(scorer, onlyWorstMentor);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(6)
    void equalsLibraryMinCostFlowOnGeneratedCohortsShortOrLongOfSeats(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double seatsPerResident = between(random, 85, 110) / 100.0;
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).generate(120, 50, seatsPerResident));

        ExactAssignment.Result result = ExactAssignment.solve(scorer);

        assertThat(Oracles.Value.of(scorer, result.matching())).isEqualTo(Oracles.minCostFlowOptimum(scorer));
        assertThat(result.optimal()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void repairsTheFlowBetweenPricingRoundsToTheSameCertifiedOptimumAsRoutingAfresh(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 60);
        int mentors = between(random, 1, 25);
        double seatsPerResident = between(random, 40, 110) / 100.0;
        double notAccepting = between(random, 0, 30) / 100.0;
        CohortGenerator generator = new CohortGenerator(random.nextLong());
        PairScorer scorer = PairScorer.of((random.nextBoolean() ? generator.withEdgeCases() : generator)
                .generate(residents, mentors, seatsPerResident, notAccepting));
        // one or two candidates per resident: most pairs come back through pricing, over several rounds
        Candidates.Scan[] scans = Candidates.scanAll(scorer, between(random, 1, 2));

        ExactAssignment.Result warm = ExactAssignment.solve(scorer, scans, Integer.MAX_VALUE, 0);
        ExactAssignment.Result cold = ExactAssignment.solve(scorer, scans, Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertThat(Oracles.Value.of(scorer, warm.matching())).isEqualTo(Oracles.Value.of(scorer, cold.matching()))
                .isEqualTo(Oracles.minCostFlowOptimum(scorer));
        assertFeasible(scorer, warm.matching());
        assertThat(warm.optimal()).isTrue();
        assertThat(warm.upperBound()).isEqualTo(warm.pairScoreSum()).isEqualTo(cold.upperBound());
        assertDualFeasible(scorer, warm.duals());
    }

    private static void assertDualFeasible(PairScorer scorer, ExactAssignment.Duals duals) {
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
