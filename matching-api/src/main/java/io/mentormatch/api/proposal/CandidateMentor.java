package io.mentormatch.api.proposal;

import java.util.List;

/**
 * A compatible mentor with a free seat, as the director weighs them for a resident who needs a new mentor.
 *
 * @param rank      1 for the best fit of the whole list (before any filter)
 * @param reasons   why this mentor fits, in the director's words: the resident is named, never "you"
 * @param suggested whether the engine suggests this mentor (the best fit)
 */
public record CandidateMentor(long mentorId, String mentor, String name, String specialty, List<String> interests,
                              int rank, int pairScore, List<String> reasons, boolean suggested) {
}
