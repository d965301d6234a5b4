package io.mentormatch.api.publication;

import io.mentormatch.api.problem.StateConflict;

public class NoCommonAvailability extends StateConflict {

    public NoCommonAvailability(String resident, String mentor) {
        super(resident + " and " + mentor + " have no common weekly hour to meet: agree on a time by e-mail");
    }
}
