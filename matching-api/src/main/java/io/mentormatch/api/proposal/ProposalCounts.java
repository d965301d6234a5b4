package io.mentormatch.api.proposal;

/**
 * How a cohort's proposals stand, counted by the database.
 *
 * @param matched   residents with a current pairing (draft, sent or accepted)
 * @param unmatched residents without one
 * @param drafts    current pairings not sent yet
 * @param open      sent and waiting for the mentor
 * @param accepted  accepted by the mentor
 * @param declined  declined by the mentor (not superseded)
 */
public record ProposalCounts(long matched, long unmatched, long drafts, long open, long accepted, long declined) {
}
