package io.mentormatch.api.preference;

import java.util.List;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.ResidentId;

/**
 * Suggests mentors to a resident filling in their form ("mentors like you"). The seam for the recommendation
 * engine of matching-core ({@code io.mentormatch.core.recommend}): replace {@link PairScoreRecommender} by an
 * adapter to it; the form and its endpoint stay as they are.
 */
public interface MentorRecommender {

    /** At most {@code limit} compatible mentors, best first. */
    List<RecommendedMentor> recommend(Cohort cohort, ResidentId resident, int limit);
}
