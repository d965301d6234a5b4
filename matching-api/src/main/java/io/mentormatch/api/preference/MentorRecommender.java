package io.mentormatch.api.preference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.mentormatch.api.recommend.RecommendationIndexes;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.recommend.MentorRecommendation;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * Suggests mentors to a resident filling in their form ("mentors like you") through the recommendation engine of
 * matching-core, which ranks by the same pair score the matching maximises, so the suggestions and the final
 * matching never contradict each other: for the saved form, or for the draft as the resident types it.
 * <p>
 * The mentors' own preferences are left out of what a resident is shown, so the list never tells them who asked
 * for them.
 */
@Component
class MentorRecommender {

    private static final RecommendOptions FOR_RESIDENTS = RecommendOptions.DEFAULT.blindedToMentorPreferences();

    private final RecommendationIndexes indexes;

    MentorRecommender(RecommendationIndexes indexes) {
        this.indexes = indexes;
    }

    /**
     * At most {@code limit} compatible mentors, best first, near-duplicates spread out.
     *
     * @throws ResidentNotFound for a resident not in the cohort
     */
    List<RecommendedMentor> recommend(long cohortId, ResidentId resident, int limit) {
        RecommendationIndex index = indexes.of(cohortId);
        if (!index.hasResident(resident)) {
            throw new ResidentNotFound(cohortId, resident);
        }
        return views(index.recommendMentors(resident, limit, FOR_RESIDENTS));
    }

    /**
     * As {@link #recommend} for a draft of the form, not saved: the stored resident's specialty and name apply. The
     * index is read before the resident, as {@link RecommendationIndexes#of} asks.
     */
    List<RecommendedMentor> recommendDraft(long cohortId, Supplier<ResidentView> storedResident,
                                           PreferenceForm draft, int limit) {
        RecommendationIndex index = indexes.of(cohortId);
        ResidentView stored = storedResident.get();
        Resident resident = new Resident(ResidentId.of(stored.code()), stored.name(), stored.specialty(),
                draft.careerGoal(),
                draft.interests(), WeeklyAvailability.parse(draft.availability()).orElse(WeeklyAvailability.NONE),
                draft.ranking().stream().distinct().map(MentorId::of).toList(),
                new LinkedHashSet<>(draft.avoid().stream().map(MentorId::of).toList()),
                draft.openToOtherSpecialties());
        return views(index.recommendMentors(resident, limit, FOR_RESIDENTS));
    }

    private static List<RecommendedMentor> views(List<MentorRecommendation> list) {
        return list.stream()
                .map(m -> new RecommendedMentor(m.mentor().value(), m.name(), m.specialty(), m.pairScore(), m.reasons()))
                .toList();
    }
}
