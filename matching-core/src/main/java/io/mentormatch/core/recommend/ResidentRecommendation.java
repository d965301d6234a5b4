package io.mentormatch.core.recommend;

import java.util.List;

import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScore;

/**
 * A resident recommended to a mentor.
 *
 * @param pairScore the pair score the solver optimises for this pair
 * @param breakdown that score term by term
 * @param reasons   the breakdown in plain words, as the resident would read them
 */
public record ResidentRecommendation(ResidentId resident, String name, String specialty, int pairScore,
                                     PairScore breakdown, List<String> reasons) {

    public ResidentRecommendation {
        reasons = List.copyOf(reasons);
    }
}
