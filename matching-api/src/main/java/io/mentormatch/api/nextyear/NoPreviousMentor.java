package io.mentormatch.api.nextyear;

import io.mentormatch.api.problem.StateConflict;

public class NoPreviousMentor extends StateConflict {

    public NoPreviousMentor(String residentCode) {
        super(residentCode + " had no published mentor last year in this program, so there is no mentor to keep");
    }
}
