package io.mentormatch.api.proposal;

import java.util.List;

/**
 * What the director's review page shows, read once: the rows of the chosen filter, every resident with their
 * current pairing or none (for the edit forms and the charts), the counts, and the low-score threshold.
 *
 * @param shown         the rows of {@code filter}, by resident code
 * @param everyone      every current pairing, then every unmatched resident (no id, no mentor)
 * @param lowScoreBelow a pair score below this is low ({@link LowScore})
 */
public record ReviewPage(ProposalFilter filter, List<ProposalView> shown, List<ProposalView> everyone,
                         ProposalCounts counts, int lowScoreBelow) {
}
