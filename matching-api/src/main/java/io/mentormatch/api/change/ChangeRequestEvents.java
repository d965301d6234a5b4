package io.mentormatch.api.change;

/** What the change of mentor tells the rest of the application (the mail notifications) before it commits. */
public final class ChangeRequestEvents {

    private ChangeRequestEvents() {
    }

    /** A member asked for a change of the pairing {@code pairingId}; the program's directors hear of it. */
    public record Requested(long cohortId, long requestId, long pairingId) {
    }

    /**
     * The director approved (the new pairing {@code newPairingId} exists) or declined (it is null) the request of
     * {@code requesterRole} about the pairing {@code pairingId}.
     */
    public record Decided(long cohortId, long requestId, boolean approved, long pairingId, RequesterRole requesterRole,
                          Long newPairingId) {
    }

    /**
     * Approving with a minimal-change re-match moved another resident to make room: their pairing
     * {@code endedPairingId} (null when they had none) ended and {@code startedPairingId} started.
     */
    public record OtherMoved(long cohortId, long requestId, Long endedPairingId, long startedPairingId) {
    }
}
