package io.mentormatch.core.scoring;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Mentors;
import io.mentormatch.core.fixture.Residents;
import org.junit.jupiter.api.Test;

/** Every weight is 10 unless said, so a term at full strength is worth 100 points. */
class PairScorerTest {

    @Test
    void scoresSpecialtyByTaxonomyLevel() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Internal Medicine"),
                        aMentor("F3").specialty("Nephrology"), aMentor("F4").specialty("Dermatology"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology"),
                        aResident("R2").specialty("Internal Medicine").notOpenToOtherSpecialties())
                .build());

        assertThat(points(scorer, ScoreTerm.SPECIALTY, 0)).containsExactly(100, 80, 40, 0);
        assertThat(scorer.breakdown(0, 0).specialtyMatch()).isEqualTo(SpecialtyMatch.CAREER_GOAL);
        assertThat(scorer.breakdown(0, 3).specialtyMatch()).isEqualTo(SpecialtyMatch.OTHER);
        assertThat(scorer.breakdown(1, 3).specialtyMatch()).isEqualTo(SpecialtyMatch.OTHER_NOT_OPEN);
        assertThat(scorer.termPoints(ScoreTerm.SPECIALTY, 1, 3)).isEqualTo(-40);
    }

    @Test
    void keepsAnUnrelatedSpecialtyCompatibleForAResidentNotOpenToOthers() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").specialty("Dermatology"))
                .residents(aResident("R1").specialty("Psychiatry").notOpenToOtherSpecialties()).build());

        assertThat(scorer.compatible(0, 0)).isTrue();
    }

    @Test
    void scoresIdenticalInterestsFully() {
        PairScorer scorer = scorer(aMentor("F1").interests("echocardiography", "wellness"),
                aResident("R1").interests("wellness", "echocardiography"));

        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0)).isEqualTo(100);
        assertThat(scorer.breakdown(0, 0).sharedInterests()).containsExactlyInAnyOrder("wellness", "echocardiography");
    }

    @Test
    void countsSynonymsAndSpellingVariantsAsOneInterest() {
        PairScorer scorer = scorer(aMentor("F1").interests("point-of-care ultrasound", "clinical research", "Med Ed"),
                aResident("R1").interests("POCUS", "Clinical Researches", "medical education"));

        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0)).isEqualTo(100);
        assertThat(scorer.breakdown(0, 0).sharedInterests()).containsExactly("POCUS", "Clinical Researches",
                "medical education");
    }

    @Test
    void countsARareSharedInterestMoreThanACommonOne() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").interests("wellness", "sports medicine"),
                        aMentor("F2").interests("transplant hepatology", "sports medicine"),
                        aMentor("F3").interests("wellness"), aMentor("F4").interests("wellness"))
                .residents(aResident("R1").interests("wellness", "transplant hepatology"))
                .build());

        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 1))
                .isGreaterThan(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0));
        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0)).isPositive();
    }

    @Test
    void scoresNoSharedInterestAsNothing() {
        PairScorer scorer = scorer(aMentor("F1").interests("global health"), aResident("R1").interests("wellness"));

        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0)).isZero();
    }

    @Test
    void saturatesAvailabilityAtThreeCommonHours() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").availability("MON-18"), aMentor("F2").availability("MON-18", "MON-19", "TUE-07"),
                        aMentor("F3").availability("MON-18", "MON-19", "TUE-07", "TUE-08", "WED-09"),
                        aMentor("F4").availability("SUN-23"))
                .residents(aResident("R1").availability("MON-18", "MON-19", "TUE-07", "TUE-08", "WED-09"))
                .build());

        assertThat(points(scorer, ScoreTerm.AVAILABILITY, 0)).containsExactly(33, 100, 100, 0);
        assertThat(scorer.commonHours(0, 2)).isEqualTo(5);
    }

    @Test
    void scoresEachLaterChoiceAFifthLessDownToAFifth() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1"), aMentor("F2"), aMentor("F3"), aMentor("F4"), aMentor("F5"), aMentor("F6"),
                        aMentor("F7"))
                .residents(aResident("R1").ranking("F1", "F2", "F3", "F4", "F5", "F6"))
                .build());

        assertThat(points(scorer, ScoreTerm.RESIDENT_RANK, 0)).containsExactly(100, 80, 60, 40, 20, 20, 0);
        assertThat(scorer.breakdown(0, 1).residentRank()).isEqualTo(2);
    }

    @Test
    void scoresTheMentorsPreferenceByPosition() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").preferring("R2", "R1"))
                .residents(aResident("R1"), aResident("R2"), aResident("R3")).build());

        assertThat(scorer.termPoints(ScoreTerm.MENTOR_PREFERENCE, 1, 0)).isEqualTo(100);
        assertThat(scorer.termPoints(ScoreTerm.MENTOR_PREFERENCE, 0, 0)).isEqualTo(80);
        assertThat(scorer.termPoints(ScoreTerm.MENTOR_PREFERENCE, 2, 0)).isZero();
    }

    @Test
    void penalisesLastYearsPair() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1"), aMentor("F2")).residents(aResident("R1"))
                .previousPair("R1", "F1").build());

        assertThat(scorer.termPoints(ScoreTerm.REPEAT_PAIR, 0, 0)).isEqualTo(-100);
        assertThat(scorer.termPoints(ScoreTerm.REPEAT_PAIR, 0, 1)).isZero();
        assertThat(scorer.breakdown(0, 0).previousPair()).isTrue();
    }

    @Test
    void rewardsLastYearsPairWhereTheCohortPrefersContinuity() {
        PairScorer scorer = PairScorer.of(aCohort().preferContinuity().mentors(aMentor("F1"))
                .residents(aResident("R1")).previousPair("R1", "F1").build());

        assertThat(scorer.termPoints(ScoreTerm.REPEAT_PAIR, 0, 0)).isEqualTo(100);
    }

    @Test
    void scalesEveryTermByItsWeightAndIgnoresAWeightOfZero() {
        Cohort cohort = aCohort().weights(new Weights(5, 0, 10, 10, 10, 10, 10))
                .mentors(aMentor("F1").specialty("Cardiology").interests("wellness"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("wellness"))
                .build();
        PairScorer scorer = PairScorer.of(cohort);

        assertThat(scorer.termPoints(ScoreTerm.SPECIALTY, 0, 0)).isEqualTo(50);
        assertThat(scorer.termPoints(ScoreTerm.INTERESTS, 0, 0)).isZero();
    }

    @Test
    void makesThePairScoreTheSumOfItsTerms() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").specialty("Cardiology").interests("echo", "wellness").availability("MON-18")
                        .preferring("R1"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("echocardiography").availability("MON-18")
                        .ranking("F1"))
                .previousPair("R1", "F1")
                .build());
        PairScore breakdown = scorer.breakdown(0, 0);
        int sum = 0;
        for (ScoreTerm term : ScoreTerm.values()) {
            sum += scorer.termPoints(term, 0, 0);
            assertThat(breakdown.points(term)).isEqualTo(scorer.termPoints(term, 0, 0));
        }

        assertThat(scorer.score(0, 0)).isEqualTo(sum).isEqualTo(breakdown.total());
    }

    @Test
    void forbidsAMentorWhoIsNotAccepting() {
        PairScorer scorer = scorer(aMentor("F1").notAccepting(), aResident("R1"));

        assertThat(scorer.compatible(0, 0)).isFalse();
        assertThat(scorer.incompatibility(0, 0)).contains(Incompatibility.NOT_ACCEPTING);
    }

    @Test
    void forbidsAMentorWithoutCapacity() {
        PairScorer scorer = scorer(aMentor("F1").capacity(0), aResident("R1"));

        assertThat(scorer.compatible(0, 0)).isFalse();
        assertThat(scorer.incompatibility(0, 0)).contains(Incompatibility.NO_CAPACITY);
    }

    @Test
    void forbidsAConflictOfInterest() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1")).residents(aResident("R1"))
                .conflict("R1", "F1").build());

        assertThat(scorer.compatible(0, 0)).isFalse();
        assertThat(scorer.incompatibility(0, 0)).contains(Incompatibility.CONFLICT_OF_INTEREST);
        assertThat(scorer.ban(0, 0)).contains(Incompatibility.CONFLICT_OF_INTEREST);
    }

    @Test
    void forbidsADeclinedPair() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1")).residents(aResident("R1"))
                .declined("R1", "F1").build());

        assertThat(scorer.compatible(0, 0)).isFalse();
        assertThat(scorer.incompatibility(0, 0)).contains(Incompatibility.DECLINED);
    }

    @Test
    void forbidsAnAvoidedMentor() {
        PairScorer scorer = scorer(aMentor("F1"), aResident("R1").avoiding("F1"));

        assertThat(scorer.compatible(0, 0)).isFalse();
        assertThat(scorer.incompatibility(0, 0)).contains(Incompatibility.AVOIDED);
    }

    @Test
    void forbidsAnotherSpecialtyWhereTheCohortRequiresTheSame() {
        PairScorer scorer = PairScorer.of(aCohort().requireSameSpecialty()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Nephrology"),
                        aMentor("F3").specialty("internal medicine"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology"))
                .build());

        assertThat(scorer.compatible(0, 0)).isTrue();
        assertThat(scorer.compatible(0, 1)).isFalse();
        assertThat(scorer.incompatibility(0, 1)).contains(Incompatibility.DIFFERENT_SPECIALTY);
        assertThat(scorer.compatible(0, 2)).isTrue();
    }

    @Test
    void allowsAPairNoHardRuleForbids() {
        PairScorer scorer = scorer(aMentor("F1"), aResident("R1"));

        assertThat(scorer.compatible(0, 0)).isTrue();
        assertThat(scorer.incompatibility(0, 0)).isEqualTo(Optional.empty());
    }

    private static PairScorer scorer(Mentors mentor, Residents resident) {
        return PairScorer.of(aCohort().mentors(mentor).residents(resident).build());
    }

    private static int[] points(PairScorer scorer, ScoreTerm term, int r) {
        int[] points = new int[scorer.mentorCount()];
        for (int m = 0; m < points.length; m++) {
            points[m] = scorer.termPoints(term, r, m);
        }
        return points;
    }
}
