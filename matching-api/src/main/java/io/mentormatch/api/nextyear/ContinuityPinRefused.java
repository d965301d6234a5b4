package io.mentormatch.api.nextyear;

import io.mentormatch.api.problem.StateConflict;

public class ContinuityPinRefused extends StateConflict {

    public ContinuityPinRefused(String resident, String mentor, boolean pinnedElsewhere) {
        super(pinnedElsewhere
                ? resident + " is already pinned to a mentor: remove that pin first"
                : mentor + " does not take mentees this year, so " + resident + " cannot be pinned to them");
    }
}
