package io.mentormatch.api.change;

/**
 * A published pairing as its resident or mentor sees it before asking for a change.
 *
 * @param requestOpen whether the caller's own request for this pairing already waits for the director (never the
 *                    other member's)
 */
public record ChangeablePairing(long cohortId, long pairingId, String residentName, String mentorName,
                                boolean requestOpen) {
}
