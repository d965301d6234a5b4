package io.mentormatch.api.mentoring;

import io.mentormatch.api.system.StateConflict;

public class GoalLimitReached extends StateConflict {

    public GoalLimitReached(long pairingId) {
        super("pairing " + pairingId + " already has " + GoalService.MAX_GOALS + " goals; finish or remove one first");
    }
}
