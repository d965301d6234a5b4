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
        assertCertificate(scorer, result);
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
        assertCertificate(scorer, result);
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

        assertCertificate(scorer, result);
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
        assertCertificate(scorer, result);
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
        assertCertificate(scorer, warm);
    }

    /**
     * Recomputes the certificate from the duals alone, never from the solver's own figures: the duals are feasible
     * on every compatible unpinned pair, the LP's seats are the capacities less the pins, the dual objective is
     * {@code Σ profit + Σ price × seats}, and the reported bound is that objective less the bonuses of the free
     * residents matched plus the pinned pairs' scores. An optimal result's bound equals its sum, which by weak
     * duality proves it optimal; a too-low dual fails feasibility, a too-high one this equality.
     */
    static void assertCertificate(PairScorer scorer, ExactAssignment.Result result) {
        ExactAssignment.Duals duals = result.duals();
        long objective = 0;
        long pinnedSum = 0;
        int matchedFree = 0;
        int[] seats = new int[scorer.mentorCount()];
        for (int m = 0; m < seats.length; m++) {
            seats[m] = scorer.capacity(m);
        }
        for (int r = 0; r < scorer.residentCount(); r++) {
            int pin = scorer.pinnedMentor(r);
            long profit = duals.residentProfit()[r];
            assertThat(profit).as("profit of resident %d", r).isNotNegative();
            objective += profit;
            if (pin >= 0) {
                assertThat(profit).as("a pinned resident is outside the LP").isZero();
                seats[pin]--;
                pinnedSum += scorer.score(r, pin);
                continue;
            }
            if (result.matching().mentorOf()[r] != Matching.UNMATCHED) {
                matchedFree++;
            }
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.compatible(r, m)) {
                    assertThat(profit + duals.mentorPrice()[m]).as("dual constraint of pair %d-%d", r, m)
                            .isGreaterThanOrEqualTo(scorer.score(r, m) + duals.matchBonus());
                }
            }
        }
        for (int m = 0; m < seats.length; m++) {
            seats[m] = Math.max(0, seats[m]);
            assertThat(duals.mentorPrice()[m]).as("price of mentor %d", m).isNotNegative();
            objective += duals.mentorPrice()[m] * seats[m];
        }
        assertThat(duals.seatsLeft()).isEqualTo(seats);
        assertThat(duals.objective()).isEqualTo(objective);
        assertThat(result.upperBound()).isEqualTo(objective - duals.matchBonus() * matchedFree + pinnedSum);
        assertThat(result.upperBound()).isGreaterThanOrEqualTo(result.pairScoreSum());
        if (result.optimal()) {
            assertThat(result.upperBound()).isEqualTo(result.pairScoreSum());
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
