package io.mentormatch.api.mentoring;

import io.mentormatch.api.system.StateConflict;

public class NoCommonHours extends StateConflict {

    public NoCommonHours(long pairingId) {
        super("the two people of pairing " + pairingId + " share no weekly hour to put a meeting series in");
    }
}
