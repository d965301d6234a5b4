package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Map;

import io.mentormatch.api.cohort.FitScale;

/**
 * What the director's review page shows, read once: the rows of the chosen filter, every resident with their
 * current pairing or none (for the edit forms and the charts), the counts, and the fit figures.
 *
 * @param shown          the rows of {@code filter}, by resident code
 * @param everyone       every current pairing, then every unmatched resident (no id, no mentor)
 * @param lowFitPercent  a fit below this percentage is low ({@link LowScore})
 * @param averageFit     the average fit of the current pairings, in percent ({@link FitScale})
 * @param fitParts       each shown pairing's parts of its fit, by proposal id ({@link FitParts})
 */
public record ReviewPage(ProposalFilter filter, List<ProposalView> shown, List<ProposalView> everyone,
                         ProposalCounts counts, int lowFitPercent, int averageFit,
                         Map<Long, List<FitScale.FitPart>> fitParts) {
}
