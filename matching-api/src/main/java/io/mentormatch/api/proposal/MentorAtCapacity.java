package io.mentormatch.api.proposal;

import io.mentormatch.api.system.StateConflict;

public class MentorAtCapacity extends StateConflict {

    public MentorAtCapacity(String mentor) {
        super("mentor " + mentor + " has no free seat");
    }
}
