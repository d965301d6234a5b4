package io.mentormatch.api.change;

import io.mentormatch.api.system.StateConflict;

public class ChangeAlreadyRequested extends StateConflict {

    public ChangeAlreadyRequested(long pairingId) {
        super("pairing " + pairingId + " already has an open change request");
    }
}
