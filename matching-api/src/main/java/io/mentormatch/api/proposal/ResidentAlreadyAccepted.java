package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class ResidentAlreadyAccepted extends StateConflict {

    public ResidentAlreadyAccepted(String resident) {
        super("resident " + resident + " already has an accepted mentor");
    }
}
