package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Mentors;
import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;

class RecommendationIndexTest {

    private static final RecommendOptions PLAIN = new RecommendOptions(false, Diversity.OFF);

    @Test
    void leavesOutEveryMentorAHardRuleForbids() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("OK").specialty("Cardiology"),
                        aMentor("AVOIDED").specialty("Cardiology"),
                        aMentor("DECLINED").specialty("Cardiology"),
                        aMentor("CONFLICT").specialty("Cardiology"),
                        aMentor("RESTING").specialty("Cardiology").notAccepting(),
                        aMentor("NO_SEATS").specialty("Cardiology").capacity(0))
                .residents(aResident("R1").careerGoal("Cardiology").avoiding("AVOIDED"))
                .declined("R1", "DECLINED")
                .conflict("R1", "CONFLICT")
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);

        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN))).containsExactly("OK");
        ResidentId resident = ResidentId.of("R1");
        assertThat(index.ban(resident, MentorId.of("AVOIDED"))).contains(Incompatibility.AVOIDED);
        assertThat(index.ban(resident, MentorId.of("DECLINED"))).contains(Incompatibility.DECLINED);
        assertThat(index.ban(resident, MentorId.of("CONFLICT"))).contains(Incompatibility.CONFLICT_OF_INTEREST);
        assertThat(index.ban(resident, MentorId.of("RESTING"))).isEmpty();
    }

    @Test
    void leavesOutOtherSpecialtiesWhenTheCohortRequiresTheSame() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("CARDS").specialty("Cardiology"), aMentor("NEPH").specialty("Nephrology"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology"))
                .requireSameSpecialty()
                .build();

        assertThat(mentorIds(RecommendationIndex.of(cohort).recommendMentors(ResidentId.of("R1"), 10, PLAIN)))
                .containsExactly("CARDS");
    }

    @Test
    void ranksByPairScoreWithItsBreakdownAndReasons() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Nephrology").interests("wellness"),
                        aMentor("F2").specialty("Cardiology").interests("Point-of-care ultrasound", "ethics")
                                .availability("MON-18", "MON-19"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology")
                        .interests("POCUS", "research").availability("MON-18", "TUE-12").ranking("F2"))
                .build();
        PairScorer scorer = PairScorer.of(cohort);

        List<MentorRecommendation> list = RecommendationIndex.of(cohort)
                .recommendMentors(ResidentId.of("R1"), 10, PLAIN);

        assertThat(mentorIds(list)).containsExactly("F2", "F1");
        MentorRecommendation best = list.get(0);
        assertThat(best.pairScore()).isEqualTo(scorer.score(0, 1));
        assertThat(best.breakdown()).isEqualTo(scorer.breakdown(0, 1));
        assertThat(best.breakdown().points(ScoreTerm.SPECIALTY)).isEqualTo(100);
        assertThat(best.breakdown().points(ScoreTerm.RESIDENT_RANK)).isEqualTo(80);
        assertThat(best.reasons()).containsExactly("Career goal Cardiology matches mentor specialty",
                "1 shared interest: POCUS", "1 common hour a week", "Your 1st choice");
    }

    @Test
    void ordersEqualScoresByFreePlacesThenCohortOrder() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("A").specialty("Cardiology").capacity(1),
                        aMentor("B").specialty("Cardiology").capacity(3),
                        aMentor("C").specialty("Cardiology").capacity(2),
                        aMentor("D").specialty("Cardiology").capacity(3))
                .residents(aResident("R1").careerGoal("Cardiology"))
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);

        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN)))
                .containsExactly("B", "D", "C", "A");
        index.updateLoads(Map.of(MentorId.of("B"), 3));
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN)))
                .containsExactly("D", "C", "A", "B");
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN)))
                .as("the same question gives the same answer")
                .containsExactly("D", "C", "A", "B");
    }

    @Test
    void skipsMentorsWithNoFreePlaceWhenAsked() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("FULL").specialty("Cardiology").capacity(2), aMentor("FREE").specialty("Nephrology"))
                .residents(aResident("R1").careerGoal("Cardiology"))
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);
        index.updateLoads(Map.of(MentorId.of("FULL"), 2));

        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN))).containsExactly("FULL", "FREE");
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN.skippingFullMentors())))
                .containsExactly("FREE");
    }

    @Test
    void scoresADraftFormOfAResidentNotInTheCohort() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Psychiatry").interests("addiction"),
                        aMentor("F2").specialty("Cardiology").interests("echocardiography", "heart failure"))
                .residents(aResident("R1").specialty("Psychiatry"))
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);
        Resident draft = aResident("NEW").careerGoal("Cardiology").interests("Echo", "HF").build();

        List<MentorRecommendation> list = index.recommendMentors(draft, 5, PLAIN);

        assertThat(mentorIds(list)).containsExactly("F2", "F1");
        assertThat(list.get(0).reasons()).contains("2 shared interests: Echo, HF");
    }

    @Test
    void scoresADraftOfACohortResidentLikeTheResidentWithTheCohortsBansAndHistory() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Cardiology").preferring("R1"), aMentor("F2").specialty("Cardiology"),
                        aMentor("F3").specialty("Cardiology"))
                .residents(aResident("R1").careerGoal("Cardiology"))
                .declined("R1", "F2")
                .previousPair("R1", "F3")
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);
        Resident draft = aResident("R1").careerGoal("Cardiology").build();

        List<MentorRecommendation> list = index.recommendMentors(draft, 5, PLAIN);

        assertThat(mentorIds(list)).containsExactly("F1", "F3");
        assertThat(list.get(0).reasons()).contains("The mentor asked to mentor you");
        assertThat(list.get(1).reasons()).contains("Paired last year: a new mentor is preferred");
        assertThat(list).isEqualTo(index.recommendMentors(ResidentId.of("R1"), 5, PLAIN));
    }

    @Test
    void recommendsResidentsToAMentorByTheSamePairScore() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Cardiology").interests("echocardiography"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("echo"),
                        aResident("R2").specialty("Internal Medicine"),
                        aResident("R3").specialty("Psychiatry").notOpenToOtherSpecialties(),
                        aResident("R4").careerGoal("Cardiology").avoiding("F1"))
                .build();
        PairScorer scorer = PairScorer.of(cohort);

        List<ResidentRecommendation> list = RecommendationIndex.of(cohort)
                .recommendResidents(MentorId.of("F1"), 10, PLAIN);

        assertThat(list).extracting(r -> r.resident().value()).containsExactly("R1", "R2", "R3");
        assertThat(list).extracting(ResidentRecommendation::pairScore)
                .containsExactly(scorer.score(0, 0), scorer.score(1, 0), scorer.score(2, 0));
        // in the mentor's words: the resident's wish and gaps as facts, no advice addressed to the resident
        assertThat(list.get(2).reasons()).contains("Resident R3 asked for a mentor of their own specialty, not Cardiology",
                "Resident R3 gave no interests").noneMatch(r -> r.contains("you preferred") || r.startsWith("Add "));
    }

    @Test
    void updatesAMentorInPlace() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Cardiology").interests("ethics"),
                        aMentor("F2").specialty("Cardiology").interests("wellness"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("simulation"))
                .build();
        RecommendationIndex index = RecommendationIndex.of(cohort);
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN))).containsExactly("F1", "F2");

        index.updateMentor(Mentors.from(cohort.mentors().get(1)).interests("Sim", "wellness").build());

        List<MentorRecommendation> list = index.recommendMentors(ResidentId.of("R1"), 10, PLAIN);
        assertThat(mentorIds(list)).containsExactly("F2", "F1");
        assertThat(list.get(0).breakdown().sharedInterests()).containsExactly("simulation");

        index.updateMentor(Mentors.from(cohort.mentors().get(1)).notAccepting().build());
        assertThat(mentorIds(index.recommendMentors(ResidentId.of("R1"), 10, PLAIN))).containsExactly("F1");
    }

    @Test
    void knowsWhichResidentsBelongToItsCohort() {
        RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT).residents(aResident("R1"))
                .mentors(aMentor("F1")).build());

        assertThat(index.hasResident(ResidentId.of("R1"))).isTrue();
        assertThat(index.hasResident(ResidentId.of("R9"))).isFalse();
    }

    @Test
    void rejectsAnUpdateOfAMentorNotInTheIndex() {
        RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT).mentors(aMentor("F1"))
                .build());

        assertThatThrownBy(() -> index.updateMentor(aMentor("F9").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown mentor F9");
    }

    static List<String> mentorIds(List<MentorRecommendation> list) {
        return list.stream().map(r -> r.mentor().value()).toList();
    }
}
