package io.mentormatch.api.change;

import io.mentormatch.api.problem.StateConflict;

public class ChangeAlreadyRequested extends StateConflict {

    public ChangeAlreadyRequested(long pairingId) {
        super("your request for a change of mentor on pairing " + pairingId + " already waits for the program director");
    }
}
