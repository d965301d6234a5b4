package io.mentormatch.core.recommend;

import java.util.List;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.scoring.PairScore;

/**
 * A mentor recommended to a resident.
 *
 * @param pairScore    the pair score the solver optimises for this pair
 * @param breakdown    that score term by term
 * @param reasons      the breakdown in plain words, including what the resident could add to their form
 * @param freeCapacity places the mentor has left given the current loads
 */
public record MentorRecommendation(MentorId mentor, String name, String specialty, int pairScore,
                                   PairScore breakdown, List<String> reasons, int freeCapacity) {

    public MentorRecommendation {
        reasons = List.copyOf(reasons);
    }
}
