package io.mentormatch.core.scoring;

import java.util.List;
import java.util.Map;

/**
 * A pair's soft score broken down by term, with the facts behind each term, so that explanations and
 * recommendations say exactly what the solver counted.
 *
 * @param total                the pair score: the sum of {@code points}
 * @param residentRank         1-based position of the mentor in the resident's ranking, 0 when not ranked
 * @param mentorPreferenceRank 1-based position of the resident in the mentor's preferred list, 0 when absent
 */
public record PairScore(int total, Map<ScoreTerm, Integer> points, SpecialtyMatch specialtyMatch,
                        List<String> sharedInterests, int commonHours, int residentRank,
                        int mentorPreferenceRank, boolean previousPair) {

    public int points(ScoreTerm term) {
        return points.getOrDefault(term, 0);
    }
}
