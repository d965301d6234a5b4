package io.mentormatch.api.publication;

import java.util.List;

/**
 * The published pairings one person may read.
 *
 * @param wholeCohort whether these are all the cohort's pairings (for those who manage it), not just their own
 */
public record VisiblePairings(List<PublishedPairing> pairings, boolean wholeCohort) {
}
