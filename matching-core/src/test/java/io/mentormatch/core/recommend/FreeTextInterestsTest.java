package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.InterestVocabulary;

/** Residents type interests in their own words; the recommendations see through case, punctuation, plurals and abbreviations. */
class FreeTextInterestsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "POCUS | point-of-care ultrasound",
            "Point of Care US | Point-of-Care Ultrasound",
            "QI | Quality Improvement",
            "QI/PS | quality improvement",
            "med ed | Medical Education",
            "Med-Ed | medical education",
            "MedEd | medical education",
            "Clinical Researches | clinical research",
            "Clinical Trials | clinical trial",
            "  GLOBAL   health!! | global health",
            "Santé globale | sante globale",
            "Studies | study",
            "DEI | health equity",
            "AI | machine learning"})
    void treatsTwoSpellingsOfOneInterestAsTheSame(String typed, String canonical) {
        assertThat(InterestVocabulary.canonical(typed)).isEqualTo(InterestVocabulary.canonical(canonical));
    }

    @Test
    void keepsDifferentInterestsApart() {
        assertThat(InterestVocabulary.canonical("quality improvement"))
                .isNotEqualTo(InterestVocabulary.canonical("patient safety"));
        assertThat(InterestVocabulary.canonical("ICU")).isNotEqualTo(InterestVocabulary.canonical("ICUs ultrasound"));
        assertThat(InterestVocabulary.canonical("bus")).isEqualTo("bus");
    }

    @Test
    void findsTheMentorWhoWroteAnInterestOutInFull() {
        RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").specialty("Emergency Medicine").interests("Point-of-care ultrasound"),
                        aMentor("F2").specialty("Emergency Medicine").interests("Quality Improvement"),
                        aMentor("F3").specialty("Emergency Medicine").interests("Medical Education"),
                        aMentor("F4").specialty("Emergency Medicine").interests("toxicology"))
                .residents(aResident("R1").specialty("Emergency Medicine").interests("wellness"))
                .build());

        assertThat(sharedWithTop(index, "POCUS")).containsExactly("F1", "POCUS");
        assertThat(sharedWithTop(index, "qi")).containsExactly("F2", "qi");
        assertThat(sharedWithTop(index, "med ed")).containsExactly("F3", "med ed");
    }

    @Test
    void weighsARareSharedInterestAboveACommonOne() {
        RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("COMMON").specialty("Cardiology").interests("wellness", "transplant"),
                        aMentor("RARE").specialty("Cardiology").interests("cardio-oncology", "ethics"),
                        aMentor("F3").specialty("Cardiology").interests("wellness", "ethics"),
                        aMentor("F4").specialty("Cardiology").interests("wellness", "transplant"))
                .residents(aResident("R1").careerGoal("Cardiology").interests("wellness", "Cardio Oncology"))
                .build());

        List<MentorRecommendation> list = index.recommendMentors(
                aResident("R1").careerGoal("Cardiology").interests("wellness", "Cardio Oncology").build(), 1,
                RecommendOptions.DEFAULT);

        assertThat(list.get(0).mentor().value()).isEqualTo("RARE");
    }

    private static List<String> sharedWithTop(RecommendationIndex index, String typed) {
        MentorRecommendation top = index.recommendMentors(
                aResident("DRAFT").specialty("Emergency Medicine").interests(typed).build(), 1,
                RecommendOptions.DEFAULT).get(0);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(top.mentor().value()),
                top.breakdown().sharedInterests().stream()).toList();
    }
}
