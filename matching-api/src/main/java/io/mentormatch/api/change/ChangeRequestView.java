package io.mentormatch.api.change;

import java.time.Instant;

/**
 * A change request as the director sees it. Only the director and the member who asked ever see {@code reason}.
 *
 * @param pairingId    the pairing to end (a proposal id of the published cohort)
 * @param newPairingId the pairing that replaced it, once approved
 */
public record ChangeRequestView(long id, long cohortId, long pairingId, String resident, String residentName,
                                String mentor, String mentorName, RequesterRole requestedBy, String reason,
                                ChangeRequestStatus status, Instant requestedAt, Instant decidedAt,
                                String decisionReason, Long newPairingId, String newMentor, String newMentorName,
                                long version) {
}
