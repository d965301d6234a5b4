package io.mentormatch.core.solver.planning;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.fixture.Cohorts;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, named like it; every weight is 10, so a full soft term is worth 100 points. */
class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, MatchingPlan> verifier =
            ConstraintVerifier.build(new MatchingConstraints(), MatchingPlan.class, ResidentAssignment.class);

    @Test
    void mentorOverCapacity() {
        Cohort cohort = aCohort().mentors(aMentor("F1").capacity(1), aMentor("F2").capacity(2))
                .residents(aResident("R1"), aResident("R2"), aResident("R3")).build();

        verifier.verifyThat(MatchingConstraints::mentorOverCapacity)
                .givenSolution(plan(cohort, "R1>F1", "R2>F1", "R3>F1"))
                .penalizesBy(2);
        verifier.verifyThat(MatchingConstraints::mentorOverCapacity)
                .givenSolution(plan(cohort, "R1>F1", "R2>F2", "R3>F2"))
                .penalizesBy(0);
    }

    @Test
    void mentorNotAccepting() {
        Cohort cohort = aCohort().mentors(aMentor("F1").notAccepting(), aMentor("F2"))
                .residents(aResident("R1")).build();

        verifier.verifyThat(MatchingConstraints::mentorNotAccepting).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::mentorNotAccepting).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void declinedPair() {
        Cohort cohort = aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .declined("R1", "F1").build();

        verifier.verifyThat(MatchingConstraints::declinedPair).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::declinedPair).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void conflictOfInterest() {
        Cohort cohort = aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .conflict("R1", "F1").build();

        verifier.verifyThat(MatchingConstraints::conflictOfInterest).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::conflictOfInterest).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void avoidedMentor() {
        Cohort cohort = aCohort().mentors(aMentor("F1"), aMentor("F2"))
                .residents(aResident("R1").avoiding("F1")).build();

        verifier.verifyThat(MatchingConstraints::avoidedMentor).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::avoidedMentor).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void differentSpecialty() {
        Cohort cohort = aCohort().requireSameSpecialty()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Pediatrics"))
                .residents(aResident("R1").specialty("Pediatrics").careerGoal("Neonatology")).build();

        verifier.verifyThat(MatchingConstraints::differentSpecialty).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::differentSpecialty).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void pinnedPairBroken() {
        Cohort cohort = aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .pinned("R1", "F1").build();

        verifier.verifyThat(MatchingConstraints::pinnedPairBroken).givenSolution(plan(cohort, "R1>F2")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::pinnedPairBroken).givenSolution(plan(cohort)).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::pinnedPairBroken).givenSolution(plan(cohort, "R1>F1")).penalizesBy(0);
    }

    @Test
    void residentUnmatched() {
        Cohort cohort = aCohort().mentors(aMentor("F1")).residents(aResident("R1"), aResident("R2")).build();

        verifier.verifyThat(MatchingConstraints::residentUnmatched).givenSolution(plan(cohort, "R1>F1")).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::residentUnmatched)
                .givenSolution(plan(cohort, "R1>F1", "R2>F1")).penalizesBy(0);
    }

    @Test
    void specialtyAlignment() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Dermatology"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology"),
                        aResident("R2").specialty("Psychiatry").notOpenToOtherSpecialties(),
                        aResident("R3").specialty("Psychiatry"))
                .build();

        verifier.verifyThat(MatchingConstraints::specialtyAlignment).givenSolution(plan(cohort, "R1>F1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::specialtyAlignment).givenSolution(plan(cohort, "R3>F2")).rewardsWith(0);
        verifier.verifyThat(MatchingConstraints::specialtyAlignment).givenSolution(plan(cohort, "R2>F2")).rewardsWith(0);
    }

    @Test
    void unwantedSpecialty() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").specialty("Dermatology"), aMentor("F2").specialty("Psychiatry"))
                .residents(aResident("R1").specialty("Psychiatry").notOpenToOtherSpecialties(),
                        aResident("R2").specialty("Psychiatry"))
                .build();

        verifier.verifyThat(MatchingConstraints::unwantedSpecialty).givenSolution(plan(cohort, "R1>F1")).penalizesBy(40);
        verifier.verifyThat(MatchingConstraints::unwantedSpecialty).givenSolution(plan(cohort, "R2>F1")).penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::unwantedSpecialty).givenSolution(plan(cohort, "R1>F2")).penalizesBy(0);
    }

    @Test
    void interestSimilarity() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").interests("echocardiography", "wellness"), aMentor("F2").interests("global health"))
                .residents(aResident("R1").interests("Echo", "Wellbeing")).build();

        verifier.verifyThat(MatchingConstraints::interestSimilarity).givenSolution(plan(cohort, "R1>F1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::interestSimilarity).givenSolution(plan(cohort, "R1>F2")).rewardsWith(0);
    }

    @Test
    void availabilityOverlap() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").availability("MON-18", "MON-19", "WED-07"), aMentor("F2").availability("SUN-10"))
                .residents(aResident("R1").availability("MON-18", "MON-19", "WED-07", "FRI-12")).build();

        verifier.verifyThat(MatchingConstraints::availabilityOverlap).givenSolution(plan(cohort, "R1>F1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::availabilityOverlap).givenSolution(plan(cohort, "R1>F2")).rewardsWith(0);
    }

    @Test
    void residentRank() {
        Cohort cohort = aCohort().mentors(aMentor("F1"), aMentor("F2"), aMentor("F3"))
                .residents(aResident("R1").ranking("F1", "F2"), aResident("R2").ranking("F1", "F2")).build();

        verifier.verifyThat(MatchingConstraints::residentRank).givenSolution(plan(cohort, "R1>F1", "R2>F2"))
                .rewardsWith(100 + 80);
        verifier.verifyThat(MatchingConstraints::residentRank).givenSolution(plan(cohort, "R1>F3")).rewardsWith(0);
    }

    @Test
    void mentorPreference() {
        Cohort cohort = aCohort().mentors(aMentor("F1").preferring("R1"), aMentor("F2"))
                .residents(aResident("R1")).build();

        verifier.verifyThat(MatchingConstraints::mentorPreference).givenSolution(plan(cohort, "R1>F1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::mentorPreference).givenSolution(plan(cohort, "R1>F2")).rewardsWith(0);
    }

    @Test
    void repeatPair() {
        Cohorts cohort = aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .previousPair("R1", "F1");

        verifier.verifyThat(MatchingConstraints::repeatPair).givenSolution(plan(cohort.build(), "R1>F1")).penalizesBy(100);
        verifier.verifyThat(MatchingConstraints::repeatPair).givenSolution(plan(cohort.build(), "R1>F2")).penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::repeatPair)
                .givenSolution(plan(cohort.preferContinuity().build(), "R1>F1")).penalizesBy(0);
    }

    @Test
    void pairContinuity() {
        Cohorts cohort = aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .previousPair("R1", "F1").preferContinuity();

        verifier.verifyThat(MatchingConstraints::pairContinuity).givenSolution(plan(cohort.build(), "R1>F1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::pairContinuity).givenSolution(plan(cohort.build(), "R1>F2")).rewardsWith(0);
    }

    @Test
    void allConstraintsTogetherScoreAMatchingLikeThePairScorer() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").specialty("Cardiology").interests("echo").availability("MON-18").capacity(1),
                        aMentor("F2").specialty("Dermatology").preferring("R2"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("echocardiography").ranking("F1"),
                        aResident("R2").specialty("Psychiatry").notOpenToOtherSpecialties(), aResident("R3"))
                .conflict("R3", "F1").previousPair("R2", "F2")
                .build();
        PairScorer scorer = PairScorer.of(cohort);
        int linear = scorer.score(0, 0) + scorer.score(1, 1) + scorer.score(2, 1);
        // both times two mentees share one mentor: 10 points of load balance; the second also breaks two hard rules

        verifier.verifyThat().givenSolution(plan(cohort, "R1>F1", "R2>F2", "R3>F2"))
                .scores(HardMediumSoftScore.of(0, 0, linear - 10));
        verifier.verifyThat().givenSolution(plan(cohort, "R1>F1", "R2>F2", "R3>F1"))
                .scores(HardMediumSoftScore.of(-2, 0,
                        scorer.score(0, 0) + scorer.score(1, 1) + scorer.score(2, 0) - 10));
    }

    @Test
    void balancedLoad() {
        Cohorts cohort = aCohort().mentors(aMentor("F1").capacity(3), aMentor("F2").capacity(3), aMentor("F3"))
                .residents(aResident("R1"), aResident("R2"), aResident("R3"));

        // weight 10 × 3 mentees × 2 / 2: three pairs of mentees share F1
        verifier.verifyThat(MatchingConstraints::balancedLoad)
                .givenSolution(plan(cohort.build(), "R1>F1", "R2>F1", "R3>F1")).penalizesBy(30);
        verifier.verifyThat(MatchingConstraints::balancedLoad)
                .givenSolution(plan(cohort.build(), "R1>F1", "R2>F2", "R3>F3")).penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::balancedLoad)
                .givenSolution(plan(cohort.weights(Cohorts.ALL_TEN.withLoadBalance(0)).build(), "R1>F1", "R2>F1", "R3>F1"))
                .penalizesBy(0);
    }

    @Test
    void familyCommonHour() {
        Cohorts cohort = aCohort().familySize(3)
                .mentors(aMentor("F1").availability("MON-18", "TUE-07").capacity(3),
                        aMentor("S1").seniorResident().availability("MON-18").capacity(3))
                .residents(aResident("R1").availability("MON-18", "TUE-07"), aResident("R2").availability("MON-18"),
                        aResident("R3").availability("TUE-07"));

        // availability weight 10 × 10 points for the one family of F1 whose members are all free on Monday at 18
        verifier.verifyThat(MatchingConstraints::familyCommonHour)
                .givenSolution(plan(cohort.build(), "R1>F1", "R2>F1", "R3>S1")).rewardsWith(100);
        verifier.verifyThat(MatchingConstraints::familyCommonHour)
                .givenSolution(plan(cohort.build(), "R1>F1", "R2>F1", "R3>F1")).rewardsWith(0);
        // a senior resident's mentees form no family, and a one-to-one cohort has none
        verifier.verifyThat(MatchingConstraints::familyCommonHour)
                .givenSolution(plan(cohort.build(), "R1>S1", "R2>S1")).rewardsWith(0);
        Cohort oneToOne = aCohort().mentors(aMentor("F1").availability("MON-18").capacity(3))
                .residents(aResident("R1").availability("MON-18"), aResident("R2").availability("MON-18")).build();
        verifier.verifyThat(MatchingConstraints::familyCommonHour)
                .givenSolution(plan(oneToOne, "R1>F1", "R2>F1")).rewardsWith(0);
    }

    /** @param pairs {@code "R1>F1"}: resident R1 gets mentor F1; residents not named are unmatched */
    private static MatchingPlan plan(Cohort cohort, String... pairs) {
        PairScorer scorer = PairScorer.of(cohort);
        Matching matching = Matching.empty(scorer.residentCount());
        for (String pair : pairs) {
            String[] ids = pair.split(">");
            matching.mentorOf()[scorer.residentIndex(ResidentId.of(ids[0]))] = scorer.mentorIndex(MentorId.of(ids[1]));
        }
        return MatchingPlan.of(scorer, matching, new int[scorer.residentCount()][0]);
    }
}
