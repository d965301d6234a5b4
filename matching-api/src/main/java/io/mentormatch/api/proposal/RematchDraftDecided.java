package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class RematchDraftDecided extends StateConflict {

    public RematchDraftDecided(String residentName) {
        super(residentName + " has already been re-matched; nothing was changed");
    }
}
