package io.mentormatch.api.preference;

import java.util.List;

import org.springframework.stereotype.Component;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * Suggests mentors to a resident filling in their form ("mentors like you") through the recommendation engine of
 * matching-core, which ranks by the same pair score the matching maximises, so the suggestions and the final
 * matching never contradict each other.
 */
@Component
class MentorRecommender {

    /** At most {@code limit} compatible mentors, best first, near-duplicates spread out. */
    List<RecommendedMentor> recommend(Cohort cohort, ResidentId resident, int limit) {
        return RecommendationIndex.of(cohort).recommendMentors(resident, limit, RecommendOptions.DEFAULT).stream()
                .map(m -> new RecommendedMentor(m.mentor().value(), m.name(), m.specialty(), m.pairScore(), m.reasons()))
                .toList();
    }
}
