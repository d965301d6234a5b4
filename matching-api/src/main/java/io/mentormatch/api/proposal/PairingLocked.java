package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class PairingLocked extends StateConflict {

    public PairingLocked(String resident, String why) {
        super("the pairing of " + resident + " cannot be changed: " + why);
    }
}
