package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static io.mentormatch.core.recommend.RecommendationIndexTest.mentorIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.Weights;

/** A resident who has filled in little or nothing still gets a sensible list, and is told what to add. */
class PartialProfileTest {

    private final RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT)
            .mentors(aMentor("NEPH").specialty("Nephrology").interests("transplant").capacity(4),
                    aMentor("CARD1").specialty("Cardiology").interests("echocardiography").capacity(1),
                    aMentor("PSY").specialty("Psychiatry").interests("addiction").capacity(3),
                    aMentor("CARD2").specialty("Cardiology").interests("heart failure").capacity(3),
                    aMentor("IM").specialty("Internal Medicine").capacity(2))
            .residents(aResident("R1"))
            .build());

    @Test
    void ranksSpecialtyFirstThenMostFreePlacesForAResidentWithOnlyASpecialty() {
        Resident onlySpecialty = aResident("NEW").specialty("Cardiology").build();

        List<MentorRecommendation> list = index.recommendMentors(onlySpecialty, 5, RecommendOptions.DEFAULT);

        // own specialty, then related (Internal Medicine and Nephrology, most free places first), then the rest
        assertThat(mentorIds(list)).containsExactly("CARD2", "CARD1", "NEPH", "IM", "PSY");
    }

    @Test
    void ranksByMostFreePlacesForAnEmptyForm() {
        index.updateLoads(Map.of(MentorId.of("NEPH"), 3));

        List<MentorRecommendation> list = index.recommendMentors(aResident("NEW").build(), 5, RecommendOptions.DEFAULT);

        // equal free places keep cohort order: NEPH is listed before CARD1
        assertThat(mentorIds(list)).containsExactly("PSY", "CARD2", "IM", "NEPH", "CARD1");
        assertThat(list).extracting(MentorRecommendation::freeCapacity).containsExactly(3, 3, 2, 1, 1);
    }

    @Test
    void tellsAResidentWithAnEmptyFormWhatToAdd() {
        MentorRecommendation first = index.recommendMentors(aResident("NEW").build(), 1, RecommendOptions.DEFAULT).get(0);

        assertThat(first.reasons()).containsExactly(
                "Add your specialty or career goal to get better suggestions",
                "Add interests to get better suggestions",
                "Add your weekly availability to get better suggestions",
                "4 places free");
    }

    @Test
    void tellsAResidentWithOnlyASpecialtyToAddInterests() {
        Resident onlySpecialty = aResident("NEW").specialty("Cardiology").availability("MON-18").build();

        MentorRecommendation first = index.recommendMentors(onlySpecialty, 1, RecommendOptions.DEFAULT).get(0);

        assertThat(first.reasons()).containsExactly("Same specialty: Cardiology",
                "Add interests to get better suggestions", "No common hours a week", "3 places free");
    }
}
