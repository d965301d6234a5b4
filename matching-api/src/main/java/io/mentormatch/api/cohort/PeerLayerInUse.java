package io.mentormatch.api.cohort;

import io.mentormatch.api.problem.StateConflict;

/** The peer-mentor layer cannot be turned off while it holds pairings a run must keep (409). */
public class PeerLayerInUse extends StateConflict {

    public PeerLayerInUse(String why) {
        super("peer mentoring cannot be turned off: " + why);
    }
}
