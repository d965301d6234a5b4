package io.mentormatch.api.preference;

import java.time.Instant;

import io.mentormatch.api.problem.StateConflict;

public class PreferenceDeadlinePassed extends StateConflict {

    public PreferenceDeadlinePassed(Instant deadline) {
        super("the preference deadline " + deadline + " has passed; the form can no longer be changed");
    }
}
