package io.mentormatch.api.goal;

import io.mentormatch.api.problem.StateConflict;

public class GoalLimitReached extends StateConflict {

    public GoalLimitReached(long pairingId) {
        super("pairing " + pairingId + " already has " + GoalService.MAX_GOALS + " goals; finish or remove one first");
    }
}
