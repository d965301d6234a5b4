package io.mentormatch.core.explain;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;
import org.junit.jupiter.api.Test;

class PairExplainerTest {

    @Test
    void explainsEveryTermInPlainWords() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").specialty("Cardiology").interests("echocardiography", "clinical research")
                        .availability("MON-18", "MON-19", "WED-07").preferring("R1"))
                .residents(aResident("R1").specialty("Internal Medicine").careerGoal("Cardiology")
                        .interests("Echo", "clinical research").availability("MON-18", "MON-19", "WED-07")
                        .ranking("F1"))
                .previousPair("R1", "F1")
                .build());

        assertThat(new PairExplainer(scorer).reasons(0, 0)).containsExactly(
                "Career goal Cardiology matches mentor specialty",
                "2 shared interests: Echo, clinical research",
                "3 common hours a week",
                "Your 1st choice",
                "The mentor asked to mentor you",
                "Paired last year: a new mentor is preferred");
    }

    @Test
    void leavesOutTermsTheCohortIgnores() {
        PairScorer scorer = PairScorer.of(aCohort().weights(new Weights(10, 0, 0, 10, 0, 0, 0))
                .mentors(aMentor("F1").specialty("Nephrology").interests("wellness"))
                .residents(aResident("R1").specialty("Internal Medicine").interests("wellness").ranking("F1"))
                .build());

        assertThat(new PairExplainer(scorer).reasons(0, 0))
                .containsExactly("Mentor specialty Nephrology is related to Internal Medicine", "Your 1st choice");
    }

    @Test
    void saysWhenASpecialtyWasNotWanted() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").specialty("Dermatology"))
                .residents(aResident("R1").specialty("Psychiatry").notOpenToOtherSpecialties()).build());

        assertThat(new PairExplainer(scorer).reason(ScoreTerm.SPECIALTY, 0, 0, scorer.breakdown(0, 0)))
                .contains("Mentor from another specialty (Dermatology) although you preferred your own");
    }

    @Test
    void saysNothingOfARankOrPreferenceThatDoesNotApply() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1"), aMentor("F2"))
                .residents(aResident("R1").ranking("F2")).build());
        PairExplainer explainer = new PairExplainer(scorer);

        assertThat(explainer.reason(ScoreTerm.RESIDENT_RANK, 0, 0, scorer.breakdown(0, 0))).isEmpty();
        assertThat(explainer.reason(ScoreTerm.MENTOR_PREFERENCE, 0, 0, scorer.breakdown(0, 0))).isEmpty();
        assertThat(explainer.reason(ScoreTerm.RESIDENT_RANK, 0, 1, scorer.breakdown(0, 1)))
                .contains("Your 1st choice");
    }

    @Test
    void saysContinuityWhereTheCohortAsksForIt() {
        PairScorer scorer = PairScorer.of(aCohort().preferContinuity().mentors(aMentor("F1"))
                .residents(aResident("R1")).previousPair("R1", "F1").build());

        assertThat(new PairExplainer(scorer).reasons(0, 0)).contains("Continues last year's pairing");
    }

    @Test
    void asksForInterestsWhenTheResidentGaveNone() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").interests("wellness"))
                .residents(aResident("R1")).build());

        assertThat(new PairExplainer(scorer).reasons(0, 0)).contains("Add interests to get better suggestions");
    }

    @Test
    void leavesTheResidentsRankingOutOfTheMentorsCopyOnly() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Cardiology"))
                .residents(aResident("R1").careerGoal("Cardiology").ranking("F2", "F1"))
                .build());
        List<String> stored = new PairExplainer(scorer).reasons(0, 0);
        assertThat(stored).contains("Your 2nd choice");

        assertThat(PairExplainer.forAudience(stored, Audience.MENTOR)).isNotEmpty().noneMatch(r -> r.contains("choice"));
        assertThat(PairExplainer.forAudience(stored, Audience.RESIDENT)).isEqualTo(stored);
        assertThat(PairExplainer.forAudience(stored, Audience.DIRECTOR)).isEqualTo(stored);
        assertThat(PairExplainer.forAudience(List.of("Your 12th choice", "Same specialty: Cardiology"),
                Audience.MENTOR)).containsExactly("Same specialty: Cardiology");
    }

    @Test
    void writesOrdinalsInEnglish() {
        assertThat(PairExplainer.ordinal(1)).isEqualTo("1st");
        assertThat(PairExplainer.ordinal(2)).isEqualTo("2nd");
        assertThat(PairExplainer.ordinal(3)).isEqualTo("3rd");
        assertThat(PairExplainer.ordinal(4)).isEqualTo("4th");
        assertThat(PairExplainer.ordinal(11)).isEqualTo("11th");
        assertThat(PairExplainer.ordinal(12)).isEqualTo("12th");
        assertThat(PairExplainer.ordinal(22)).isEqualTo("22nd");
        assertThat(PairExplainer.ordinal(113)).isEqualTo("113th");
    }
}
