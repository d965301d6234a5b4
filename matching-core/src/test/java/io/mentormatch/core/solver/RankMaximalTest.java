package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static io.mentormatch.core.fixture.Seeds.Draw.weightsOfZeroOrOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class RankMaximalTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void equalsBruteForceOnTinyCohorts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 0, 6);
        int mentors = between(random, 0, 4);
        int candidates = between(random, 0, 3);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));
        List<Long> best = bruteForceBest(scorer);

        // few unranked candidates per resident force the pricing rounds to bring pruned pairs back
        RankMaximal.Result result = RankMaximal.solve(scorer, candidates);

        assertThat(value(scorer, result.matching())).isEqualTo(best);
        ExactAssignmentTest.assertFeasible(scorer, result.matching());
        assertThat(result.optimal()).isTrue();
    }

    /** With one word per level: the plain lexicographic vectors, without big weights. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void equalsBruteForceWithOneWordPerLevel(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 6), between(random, 0, 4)));

        RankMaximal.Result result = RankMaximal.solve(scorer, Candidates.scanAll(scorer, 1), 1);

        assertThat(value(scorer, result.matching())).isEqualTo(bruteForceBest(scorer));
        assertThat(result.duals().packing().words()).isEqualTo(result.duals().packing().ranks() + 2);
        assertThat(result.optimal()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void equalsBruteForceWhenPairScoresTieOften(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 6), between(random, 0, 4))
                .withWeights(weightsOfZeroOrOne(random)));

        RankMaximal.Result result = RankMaximal.solve(scorer, 1);

        assertThat(value(scorer, result.matching())).isEqualTo(bruteForceBest(scorer));
        assertThat(result.optimal()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void certifiesItsOptimumWithFeasibleDualPricesPerWord(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 1, 30);
        int mentors = between(random, 1, 12);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));
        long wordLimit = random.nextBoolean() ? 1 : Long.MAX_VALUE;

        RankMaximal.Result result = RankMaximal.solve(scorer, Candidates.scanAll(scorer, 1), wordLimit);

        RankMaximal.Duals duals = result.duals();
        int levels = duals.packing().words();
        long[] zero = new long[levels];
        long[] dualObjective = new long[levels];
        for (int r = 0; r < scorer.residentCount(); r++) {
            assertThat(compare(duals.residentProfit()[r], zero)).isNotNegative();
            add(dualObjective, duals.residentProfit()[r], 1);
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.pinnedMentor(r) < 0 && scorer.compatible(r, m)) {
                    long[] covered = duals.residentProfit()[r].clone();
                    add(covered, duals.mentorPrice()[m], 1);
                    assertThat(compare(covered, profit(duals, scorer, r, m))).isNotNegative();
                }
            }
        }
        for (int m = 0; m < scorer.mentorCount(); m++) {
            assertThat(compare(duals.mentorPrice()[m], zero)).isNotNegative();
            add(dualObjective, duals.mentorPrice()[m], duals.seatsLeft()[m]);
        }
        long[] value = new long[levels];
        int[] mentorOf = result.matching().mentorOf();
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0) {
                add(value, profit(duals, scorer, r, mentorOf[r]), 1);
            }
        }
        assertThat(dualObjective).containsExactly(value);
        assertThat(result.optimal()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void isNeverBeatenByTheOptimalOrTheStableMatching(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 1, 60), between(random, 1, 25)));

        List<Long> rankMaximal = value(scorer, RankMaximal.solve(scorer).matching());

        assertThat(compare(rankMaximal, value(scorer, ExactAssignment.solve(scorer).matching()))).isNotNegative();
        assertThat(compare(rankMaximal, value(scorer, StableMatching.solve(scorer)))).isNotNegative();
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(3)
    void isNeverBeatenByTheOptimalOrTheStableMatchingOnGeneratedCohorts(long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(new SplittableRandom(seed).nextLong()).generate(300, 120));

        RankMaximal.Result result = RankMaximal.solve(scorer);
        List<Long> rankMaximal = value(scorer, result.matching());
        List<Long> optimal = value(scorer, ExactAssignment.solve(scorer).matching());

        assertThat(result.optimal()).isTrue();
        assertThat(result.duals().packing().words()).isGreaterThan(1);
        ExactAssignmentTest.assertFeasible(scorer, result.matching());
        assertThat(compare(rankMaximal, optimal)).isPositive();
        assertThat(compare(rankMaximal, value(scorer, StableMatching.solve(scorer)))).isNotNegative();
        assertThat(rankMaximal.get(0)).isEqualTo(optimal.get(0));
    }

    /**
     * Resident 0 ranks Dr. A first but fits Dr. B (their career goal) far better; resident 1 ranks Dr. C first. The
     * best total gives resident 0 Dr. B; rank-maximal gives both residents their 1st choice.
     */
    @Test
    void prefersAFirstChoiceToAHigherTotal() {
        Mentor drA = mentor("A", "Dermatology");
        Mentor drB = mentor("B", "Neurology");
        Mentor drC = mentor("C", "Psychiatry");
        Resident r0 = resident("R0", "Neurology", drA);
        Resident r1 = resident("R1", "Pediatrics", drC, drA);
        PairScorer scorer = PairScorer.of(new Cohort(new CohortInfo("C", "C", false, false),
                new Weights(10, 0, 0, 1, 0, 0, 0), List.of(drA, drB, drC), List.of(r0, r1), List.of(), List.of(),
                List.of(), List.of()));
        // R0: A 10 (1st choice), B 100; R1: C 10 (1st choice), A 8 (2nd choice)
        assertThat(scorer.score(0, 0) + scorer.score(1, 2)).isEqualTo(20);
        assertThat(scorer.score(0, 1)).isEqualTo(100);
        Matching optimum = ExactAssignment.solve(scorer).matching();

        Matching rankMaximal = RankMaximal.solve(scorer).matching();

        assertThat(optimum.mentorOf()).containsExactly(1, 2);
        assertThat(rankMaximal.mentorOf()).containsExactly(0, 2);
        assertThat(ChoiceProfile.of(scorer, rankMaximal)).containsExactly(2, 2, 0, 0);
        assertThat(ChoiceProfile.of(scorer, optimum)).containsExactly(2, 1, 0, 1);
    }

    private static long[] profit(RankMaximal.Duals duals, PairScorer scorer, int r, int m) {
        return duals.packing().profit(scorer.residentRank(r, m), scorer.score(r, m));
    }

    /** The objective word for word: residents matched, then the count of each ranking position, then pair scores. */
    private static List<Long> value(PairScorer scorer, Matching matching) {
        List<Integer> profile = ChoiceProfile.of(scorer, matching);
        List<Long> value = new ArrayList<>();
        profile.subList(0, profile.size() - 1).forEach(count -> value.add((long) count));
        value.add(matching.pairScoreSum(scorer));
        return value;
    }

    private static List<Long> bruteForceBest(PairScorer scorer) {
        List<List<Long>> best = new ArrayList<>();
        Oracles.enumerate(scorer, mentorOf -> {
            List<Long> value = value(scorer, new Matching(mentorOf));
            if (best.isEmpty() || compare(value, best.get(0)) > 0) {
                best.clear();
                best.add(value);
            }
        });
        return best.get(0);
    }

    private static int compare(List<Long> a, List<Long> b) {
        return compare(a.stream().mapToLong(Long::longValue).toArray(), b.stream().mapToLong(Long::longValue).toArray());
    }

    private static int compare(long[] a, long[] b) {
        assertThat(a).hasSameSizeAs(b);
        return Arrays.compare(a, b);
    }

    private static void add(long[] sum, long[] vector, long times) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += times * vector[j];
        }
    }

    private static Mentor mentor(String id, String specialty) {
        return new Mentor(MentorId.of(id), "Dr. " + id, MentorKind.FACULTY, specialty, List.of(),
                WeeklyAvailability.NONE, 1, true, List.of());
    }

    private static Resident resident(String id, String careerGoal, Mentor... ranking) {
        return new Resident(ResidentId.of(id), id, "Internal Medicine", careerGoal, List.of(),
                WeeklyAvailability.NONE, Arrays.stream(ranking).map(Mentor::id).toList(), Set.of(), true);
    }
}
