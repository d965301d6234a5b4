package io.mentormatch.api.proposal;

import java.time.Instant;

/**
 * A decline's re-match as the director reviews it: who declined and why, the engine's suggestion, and every other
 * compatible mentor with a free seat (one read).
 *
 * @param suggestedMentorName null when no compatible mentor had a free seat when the mentor declined
 * @param open                false once the director decided (or re-matched the resident another way)
 */
public record RematchDraftReview(long draftId, long cohortId, String residentName, String declinedBy,
                                 String declineReason, Instant declinedAt, String suggestedMentor,
                                 String suggestedMentorName, boolean open, CandidateList candidates) {
}
