package io.mentormatch.api.cohort;

/**
 * What turning a cohort's peer-mentor layer off means to another feature that keeps pairings in that layer (the
 * proposals). Every guard bean is told under the settings change, in its transaction, with the cohort row locked.
 */
public interface PeerLayerGuard {

    /**
     * Drops what only made sense with the layer (e.g. its unsent drafts), or refuses.
     *
     * @throws PeerLayerInUse when the layer holds pairings a later run must keep: without the layer they would be a
     *                        resident's second faculty pairing
     */
    void turningOff(CohortEntity cohort);
}
