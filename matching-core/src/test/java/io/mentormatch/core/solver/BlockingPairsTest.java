package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static io.mentormatch.core.fixture.Seeds.Draw.weightsOfZeroOrOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class BlockingPairsTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void countsAsTheDefinitionOnAnyFeasibleMatching(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 0, 25);
        int mentors = between(random, 0, 10);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(residents, mentors));
        Matching matching = randomMatching(scorer, random);

        assertThat(BlockingPairs.count(scorer, matching)).isEqualTo(NaiveBlockingPairs.count(scorer, matching));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void countsAsTheDefinitionWhenPairScoresTieOften(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairScorer scorer = PairScorer.of(new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 25), between(random, 0, 10))
                .withWeights(weightsOfZeroOrOne(random)));
        Matching matching = random.nextBoolean() ? randomMatching(scorer, random) : ExactAssignment.solve(scorer).matching();

        assertThat(BlockingPairs.count(scorer, matching)).isEqualTo(NaiveBlockingPairs.count(scorer, matching));
    }

    /** Scoring only the pairs that could block, from candidate lists cut short, counts the same. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void countsAsTheDefinitionFromCandidateLists(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 25), between(random, 0, 10));
        PairScorer scorer = PairScorer.of(random.nextBoolean() ? cohort.withWeights(weightsOfZeroOrOne(random)) : cohort);
        Matching matching = random.nextBoolean() ? randomMatching(scorer, random) : ExactAssignment.solve(scorer).matching();
        Candidates.Scan[] scans = Candidates.scanAll(scorer, between(random, 0, 4));

        assertThat(BlockingPairs.count(scorer, matching, scans)).isEqualTo(NaiveBlockingPairs.count(scorer, matching));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(3)
    void countsAsTheDefinitionOnTheOptimumOfGeneratedCohorts(long seed) {
        PairScorer scorer = PairScorer.of(new CohortGenerator(new SplittableRandom(seed).nextLong()).generate(300, 120));
        Matching optimum = ExactAssignment.solve(scorer).matching();

        assertThat(BlockingPairs.count(scorer, optimum)).isEqualTo(NaiveBlockingPairs.count(scorer, optimum))
                .isPositive();
    }

    /**
     * Dr. A prefers resident 0 (preferred list), who ranks Dr. A first and Dr. B second; resident 1 wants only
     * Dr. A. The largest sum of pair scores gives resident 1 Dr. A and resident 0 Dr. B, so resident 0 and Dr. A
     * would both rather be together: a blocking pair that stable mode avoids.
     */
    @Test
    void findsTheBlockingPairOfTheOptimalMatching() {
        PairScorer scorer = twoResidentsWantingDrA(new Weights(0, 0, 0, 10, 3, 0, 0));

        Matching optimum = ExactAssignment.solve(scorer).matching();
        Matching stable = StableMatching.solve(scorer);

        assertThat(optimum.mentorOf()).containsExactly(1, 0);
        assertThat(BlockingPairs.count(scorer, optimum)).isEqualTo(1);
        assertThat(stable.mentorOf()).containsExactly(0, 1);
        assertThat(BlockingPairs.count(scorer, stable)).isZero();
    }

    /** The same cohort without the preferred list: Dr. A scores both residents alike, so neither displaces the other. */
    @Test
    void findsNoBlockingPairWhenTheMentorIsIndifferent() {
        PairScorer scorer = twoResidentsWantingDrA(new Weights(0, 0, 0, 10, 0, 0, 0), false);

        Matching optimum = ExactAssignment.solve(scorer).matching();

        assertThat(optimum.mentorOf()).containsExactly(1, 0);
        assertThat(BlockingPairs.count(scorer, optimum)).isZero();
    }

    /**
     * Issue 20: Dr. A named resident 0, so Dr. A prefers resident 0 even when the cohort gives the preferred list no
     * weight in the pair score; the optimum, which gives resident 0 its 2nd choice, leaves one blocking pair.
     */
    @Test
    void countsTheMentorsListWhateverItsWeight() {
        PairScorer scorer = twoResidentsWantingDrA(new Weights(0, 0, 0, 10, 0, 0, 0));

        Matching optimum = ExactAssignment.solve(scorer).matching();

        assertThat(optimum.mentorOf()).containsExactly(1, 0);
        assertThat(BlockingPairs.count(scorer, optimum)).isEqualTo(1);
        assertThat(BlockingPairs.find(scorer, optimum)).containsExactly(new BlockingPairs.Pair(0, 0));
    }

    /** A resident who scores two mentors alike does not block with the one that has a free seat. */
    @Test
    void findsNoBlockingPairWhenTheResidentIsIndifferent() {
        Mentor drA = mentor("A");
        Mentor drB = mentor("B");
        Resident r0 = resident("R0");
        PairScorer scorer = PairScorer.of(new Cohort(new CohortInfo("C", "C", false, false),
                new Weights(10, 0, 0, 0, 0, 0, 0), List.of(drA, drB), List.of(r0), List.of(), List.of(), List.of(),
                List.of()));

        assertThat(scorer.score(0, 0)).isEqualTo(scorer.score(0, 1)).isPositive();
        assertThat(BlockingPairs.count(scorer, new Matching(new int[] {1}))).isZero();
        assertThat(BlockingPairs.count(scorer, Matching.empty(1))).isEqualTo(2);
    }

    @Test
    void ignoresPinnedResidents() {
        Mentor drA = mentor("A", "R0");
        Mentor drB = mentor("B");
        Resident r0 = resident("R0", drA, drB);
        Resident r1 = resident("R1", drA);
        Cohort cohort = new Cohort(new CohortInfo("C", "C", false, false), new Weights(0, 0, 0, 10, 0, 0, 0),
                List.of(drA, drB), List.of(r0, r1), List.of(), List.of(),
                List.of(new Pair(r0.id(), drB.id())), List.of());
        PairScorer scorer = PairScorer.of(cohort);

        assertThat(BlockingPairs.count(scorer, new Matching(new int[] {1, 0}))).isZero();
    }

    private static Matching randomMatching(PairScorer scorer, RandomGenerator random) {
        int[] mentorOf = new int[scorer.residentCount()];
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        int[] load = new int[scorer.mentorCount()];
        for (int r = 0; r < mentorOf.length; r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                mentorOf[r] = scorer.pinnedMentor(r);
                load[mentorOf[r]]++;
            }
        }
        for (int r = 0; r < mentorOf.length; r++) {
            if (scorer.pinnedMentor(r) < 0 && scorer.mentorCount() > 0 && random.nextInt(4) != 0) {
                int m = random.nextInt(scorer.mentorCount());
                if (scorer.compatible(r, m) && load[m] < scorer.capacity(m)) {
                    mentorOf[r] = m;
                    load[m]++;
                }
            }
        }
        return new Matching(mentorOf);
    }

    private static PairScorer twoResidentsWantingDrA(Weights weights) {
        return twoResidentsWantingDrA(weights, true);
    }

    private static PairScorer twoResidentsWantingDrA(Weights weights, boolean drANamesR0) {
        Mentor drA = drANamesR0 ? mentor("A", "R0") : mentor("A");
        Mentor drB = mentor("B");
        Resident r0 = resident("R0", drA, drB);
        Resident r1 = resident("R1", drA);
        return PairScorer.of(new Cohort(new CohortInfo("C", "C", false, false), weights, List.of(drA, drB),
                List.of(r0, r1), List.of(), List.of(), List.of(), List.of()));
    }

    private static Mentor mentor(String id, String... preferred) {
        return new Mentor(MentorId.of(id), "Dr. " + id, MentorKind.FACULTY, "Cardiology", List.of(),
                WeeklyAvailability.NONE, 1, true,
                Arrays.stream(preferred).map(ResidentId::of).toList());
    }

    private static Resident resident(String id, Mentor... ranking) {
        return new Resident(ResidentId.of(id), id, "Cardiology", "Cardiology", List.of(),
                WeeklyAvailability.NONE, Arrays.stream(ranking).map(Mentor::id).toList(), Set.of(), true);
    }
}
