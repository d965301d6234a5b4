package io.mentormatch.core.recommend;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Weights;

class SimilarMentorsTest {

    private final RecommendationIndex index = RecommendationIndex.of(aCohort().weights(Weights.DEFAULT)
            .mentors(aMentor("DECLINER").specialty("Cardiology").interests("echocardiography", "heart failure"),
                    aMentor("TWIN").specialty("Cardiology").interests("Echo", "HF"),
                    aMentor("SAME_SPECIALTY").specialty("Cardiology").interests("ethics"),
                    aMentor("RELATED").specialty("Internal Medicine").interests("heart failure"),
                    aMentor("UNRELATED").specialty("Psychiatry").interests("addiction"),
                    aMentor("RESTING").specialty("Cardiology").interests("echocardiography").notAccepting())
            .build());

    @Test
    void ranksSameSpecialtyAndSharedInterestsFirst() {
        List<SimilarMentor> similar = index.similarMentors(MentorId.of("DECLINER"), 10, RecommendOptions.DEFAULT);

        assertThat(similar).extracting(s -> s.mentor().value())
                .containsExactly("TWIN", "SAME_SPECIALTY", "RELATED", "UNRELATED");
        assertThat(similar.get(0).similarity()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(similar.get(0).reasons())
                .containsExactly("Same specialty: Cardiology", "2 shared interests: Echo, HF", "2 places free");
        assertThat(similar.get(2).reasons()).startsWith("Related specialty: Internal Medicine");
    }

    @Test
    void leavesOutFullMentorsWhenAsked() {
        index.updateLoads(Map.of(MentorId.of("TWIN"), 2));

        assertThat(index.similarMentors(MentorId.of("DECLINER"), 2, RecommendOptions.DEFAULT.skippingFullMentors()))
                .extracting(s -> s.mentor().value())
                .containsExactly("SAME_SPECIALTY", "RELATED");
    }
}
