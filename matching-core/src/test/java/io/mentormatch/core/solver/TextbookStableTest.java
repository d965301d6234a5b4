package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Issue 20: stable modes against the textbook, not against ourselves. Hospitals/residents instances in the Glasgow
 * format (generated, 50 to 2,000 residents, capacities 1 to 5, strict lists and lists with ties), turned into cohort
 * files in which only the lists weigh, solved by the product and by deferred acceptance written in the test.
 */
class TextbookStableTest {

    @Test
    void readsTheGlasgowFormatWithTiesAndCapacities() {
        GlasgowInstance instance = GlasgowInstance.read("""
                3
                2
                1: 1 2
                2: (2 1)
                3: 1
                1: 2: 3 (1 2)
                2: 1: 1 2
                """);

        assertThat(instance.capacity()).containsExactly(2, 1);
        assertThat(instance.residentLists()[1]).hasDimensions(1, 2);
        assertThat(instance.hospitalLists()[0][1]).containsExactly(0, 1);
        assertThat(instance.strict()).isFalse();
        assertThat(GlasgowInstance.read(instance.write()).write()).isEqualTo(instance.write());
    }

    /** On strict lists each stable mode is exactly the textbook's resident- or hospital-optimal stable matching. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(12)
    void equalsTheTextbookOnStrictLists(long seed) {
        GlasgowInstance instance = instance(seed, false);
        PairScorer scorer = PairScorer.of(instance.toCohort());

        assertThat(StableMatching.solve(scorer).mentorOf())
                .isEqualTo(TextbookDeferredAcceptance.residentsPropose(instance));
        assertThat(StableMatching.solveMentorOptimal(scorer).mentorOf())
                .isEqualTo(TextbookDeferredAcceptance.hospitalsPropose(instance));
    }

    /** With ties (equal pair scores among the unlisted), neither stable mode leaves a pair that blocks. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(12)
    void leavesNoBlockingPairWithTies(long seed) {
        PairScorer scorer = PairScorer.of(instance(seed, true).toCohort());

        for (Matching matching : new Matching[] {StableMatching.solve(scorer), StableMatching.solveMentorOptimal(scorer)}) {
            ExactAssignmentTest.assertFeasible(scorer, matching);
            assertThat(NaiveBlockingPairs.count(scorer, matching)).isZero();
        }
    }

    /**
     * Every mode's reported count equals a pair-by-pair counter on the stated lists; on strict lists also the
     * textbook's counter on the instance's own lists. On a stated-lists-only cohort both stable modes report 0.
     */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(6)
    void reportsInEveryModeTheCountOfAPairByPairCounter(long seed) {
        boolean ties = seed % 2 == 0;
        GlasgowInstance instance = instance(seed, ties);
        Cohort cohort = instance.toCohort();
        PairScorer scorer = PairScorer.of(cohort);

        for (MatchingMode mode : MatchingMode.values()) {
            MatchingResult result = new MatchingSolver(cohort, new SolveOptions(mode, Duration.ofSeconds(2)))
                    .solve(SolveProgress.NONE);
            Matching matching = matchingOf(scorer, result);
            assertThat(result.blockingPairs()).as("%s", mode).isEqualTo(NaiveBlockingPairs.count(scorer, matching));
            if (!ties) {
                assertThat(result.blockingPairs()).as("%s against the instance's lists", mode)
                        .isEqualTo(TextbookDeferredAcceptance.blockingPairs(instance, matching.mentorOf()));
            }
            if (mode.stable()) {
                assertThat(result.blockingPairs()).as("%s", mode).isZero();
            }
        }
    }

    /**
     * The rural hospitals theorem (Roth 1986): on strict lists every stable matching matches the same residents
     * and fills each hospital to the same count, so the resident-optimal and mentor-optimal ones agree on both.
     */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(12)
    void matchesTheSameResidentsAndFillsEachMentorAlikeInBothStableModes(long seed) {
        PairScorer scorer = PairScorer.of(instance(seed, false).toCohort());

        Matching residentOptimal = StableMatching.solve(scorer);
        Matching mentorOptimal = StableMatching.solveMentorOptimal(scorer);

        assertThat(matched(residentOptimal)).isEqualTo(matched(mentorOptimal));
        assertThat(residentOptimal.loads(scorer.mentorCount())).isEqualTo(mentorOptimal.loads(scorer.mentorCount()));
    }

    /** 50 to 2,000 residents, written out and read back in the Glasgow format. */
    private static GlasgowInstance instance(long seed, boolean ties) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = random.nextInt(4) == 0 ? between(random, 1000, 2000) : between(random, 50, 400);
        GlasgowInstance instance = GlasgowInstance.read(GlasgowInstance.generate(random.nextLong(), residents, ties).write());
        assertThat(instance.strict()).isEqualTo(!ties || instance.strict());
        return instance;
    }

    private static boolean[] matched(Matching matching) {
        boolean[] matched = new boolean[matching.mentorOf().length];
        for (int r = 0; r < matched.length; r++) {
            matched[r] = matching.mentorOf()[r] != Matching.UNMATCHED;
        }
        return matched;
    }

    private static Matching matchingOf(PairScorer scorer, MatchingResult result) {
        int[] mentorOf = new int[scorer.residentCount()];
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        for (MatchingResult.Assignment assignment : result.assignments()) {
            mentorOf[scorer.residentIndex(io.mentormatch.core.cohort.ResidentId.of(assignment.resident()))] =
                    scorer.mentorIndex(io.mentormatch.core.cohort.MentorId.of(assignment.mentor()));
        }
        return new Matching(mentorOf);
    }
}
