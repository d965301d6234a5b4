package io.mentormatch.api.mentoring;

import io.mentormatch.api.system.NotFound;

public class GoalNotFound extends NotFound {

    public GoalNotFound(long pairingId, long goalId) {
        super("pairing " + pairingId + " has no goal " + goalId);
    }
}
