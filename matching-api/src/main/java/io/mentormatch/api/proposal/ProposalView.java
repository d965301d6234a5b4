package io.mentormatch.api.proposal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.mentormatch.core.cohort.Layer;

/**
 * A pairing as the director or its mentor sees it, the reasons in the reader's words ({@link ProposalViews}). An
 * unmatched resident appears with no id and no mentor.
 *
 * @param pairScore    the raw pair score, as the solver and the command line count it
 * @param fitPercent   the pair score as a percentage of the best fit possible under the cohort's weights
 *                     ({@link io.mentormatch.api.cohort.FitScale}): what people read; null when unmatched
 * @param residentRank 1-based position of the mentor in the resident's ranking, 0 when not ranked or unmatched; for
 *                     the director only: absent from the mentor's copy
 * @param respondBy    when the mentor's answer is due: sent-at plus the cohort's response window
 * @param overdue      sent, unanswered, and past {@code respondBy}
 * @param layer        {@code PEER} for a senior-resident peer mentor in a cohort with peer mentoring, else {@code PRIMARY}
 */
public record ProposalView(Long id, String resident, String residentName, String mentor, String mentorName,
                           ProposalState state, Integer pairScore, Integer fitPercent,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer residentRank, List<String> reasons,
                           boolean pinned,
                           Instant sentAt, Instant respondBy, boolean overdue, String decisionReason,
                           Instant decidedAt, Long version, Layer layer) {

}
