package io.mentormatch.core.explain;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
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
                .mentors(aMentor("F1").name("Dr. Okafor").specialty("Cardiology"), aMentor("F2").specialty("Cardiology"))
                .residents(aResident("R1").name("Amara").careerGoal("Cardiology").ranking("F2", "F1"))
                .build());
        List<String> stored = new PairExplainer(scorer).reasons(0, 0);
        assertThat(stored).contains("Your 2nd choice");

        assertThat(PairExplainer.forAudience(stored, Audience.MENTOR, "Amara", "Dr. Okafor")).isNotEmpty()
                .noneMatch(r -> r.contains("choice"));
        assertThat(PairExplainer.forAudience(stored, Audience.RESIDENT, "Amara", "Dr. Okafor")).isEqualTo(stored);
        assertThat(PairExplainer.forAudience(stored, Audience.DIRECTOR, "Amara", "Dr. Okafor"))
                .contains("Amara's 2nd choice", "Amara's career goal Cardiology matches Dr. Okafor's specialty")
                .noneMatch(r -> r.startsWith("Your "));
        assertThat(PairExplainer.forAudience(List.of("Your 12th choice", "Same specialty: Cardiology"),
                Audience.MENTOR, "Amara", "Dr. Okafor")).containsExactly("Same specialty: Cardiology");
    }

    @Test
    void tellsEachReaderWhoAskedForWhom() {
        PairScorer scorer = PairScorer.of(aCohort()
                .mentors(aMentor("F1").name("Dr. Okafor").interests("critical care").preferring("R1"))
                .residents(aResident("R1").name("Amara").interests("critical care").ranking("F1"))
                .build());
        PairExplainer explainer = new PairExplainer(scorer);

        assertThat(explainer.reasons(0, 0, Audience.RESIDENT))
                .contains("Your 1st choice", "The mentor asked to mentor you", "1 shared interest: critical care");
        assertThat(explainer.reasons(0, 0, Audience.MENTOR))
                .contains("You listed Amara as a resident you'd like to mentor", "Shares your interest in critical care")
                .noneMatch(r -> r.contains("choice"));
        assertThat(explainer.reasons(0, 0, Audience.DIRECTOR))
                .contains("Amara's 1st choice", "Dr. Okafor listed Amara");
        assertThat(explainer.reasons(0, 0, Audience.EXPORT)).isEqualTo(explainer.reasons(0, 0, Audience.DIRECTOR));
    }

    @Test
    void givesAdviceOnlyToTheResident() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").name("Dr. Okafor").interests("wellness"))
                .residents(aResident("R1").name("Amara")).build());
        PairExplainer explainer = new PairExplainer(scorer);

        assertThat(explainer.reasons(0, 0, Audience.RESIDENT)).contains("Add interests to get better suggestions");
        for (Audience reader : List.of(Audience.MENTOR, Audience.DIRECTOR, Audience.EXPORT, Audience.CALENDAR)) {
            assertThat(explainer.reasons(0, 0, reader)).contains("Amara gave no interests")
                    .noneMatch(r -> r.contains("better suggestions") || r.startsWith("Add "));
        }
        assertThat(explainer.reasons(0, 0, Audience.PAIRED_RESIDENT)).contains("You gave no interests")
                .noneMatch(r -> r.contains("better suggestions"));
    }

    /**
     * Every pair of the example cohort, checked against its input: the mentor's words never give the resident's
     * ranking; the director's name the resident's choice where the input ranks the mentor, and the mentor who listed
     * the resident; a stored (resident-worded) explanation reads the same to each reader as a fresh one.
     */
    @Test
    void writesEveryPairOfTheExampleCohortForItsReader() throws IOException {
        Cohort cohort;
        try (InputStream in = getClass().getResourceAsStream("/cohort-small.json")) {
            cohort = CohortFile.read(in);
        }
        PairScorer scorer = PairScorer.of(cohort);
        PairExplainer explainer = new PairExplainer(scorer);
        Pattern ordinal = Pattern.compile("\\b\\d+(st|nd|rd|th)\\b");
        int rankedPairs = 0;
        for (int r = 0; r < cohort.residents().size(); r++) {
            Resident resident = cohort.residents().get(r);
            for (int m = 0; m < cohort.mentors().size(); m++) {
                Mentor mentor = cohort.mentors().get(m);
                List<String> stored = explainer.reasons(r, m);
                List<String> mentorWords = explainer.reasons(r, m, Audience.MENTOR);
                List<String> directorWords = explainer.reasons(r, m, Audience.DIRECTOR);
                assertThat(mentorWords).noneMatch(w -> w.contains("choice") || ordinal.matcher(w).find());
                assertThat(explainer.reasons(r, m, Audience.CALENDAR))
                        .noneMatch(w -> w.contains("choice") || ordinal.matcher(w).find());
                int rank = resident.ranking().indexOf(mentor.id()) + 1;
                if (rank > 0) {
                    rankedPairs++;
                    assertThat(directorWords).contains(resident.name() + "'s " + ENGLISH_ORDINALS[rank] + " choice");
                }
                if (mentor.preferredResidents().contains(resident.id())) {
                    assertThat(directorWords).contains(mentor.name() + " listed " + resident.name());
                }
                assertThat(directorWords).noneMatch(w -> w.startsWith("Your ") || w.contains("you"));
                for (Audience reader : Audience.values()) {
                    assertThat(PairExplainer.forAudience(stored, reader, resident.name(), mentor.name()))
                            .isEqualTo(explainer.reasons(r, m, reader));
                }
            }
        }
        assertThat(rankedPairs).isPositive();
    }

    private static final String[] ENGLISH_ORDINALS = {"", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"};

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
