package io.mentormatch.api.proposal;

import java.util.List;

/**
 * What a hand edit would do, before it is applied: each moved resident's pair score before and after (from the
 * core pair scorer), the total change, and every hard rule it would break.
 */
public record ChangePreview(List<Move> moves, int scoreChange, List<String> warnings, boolean applied) {

    /** @param scoreBefore null when the resident had no mentor */
    public record Move(String resident, String fromMentor, String toMentor, Integer scoreBefore, int scoreAfter,
                       List<String> reasonsAfter) {
    }
}
