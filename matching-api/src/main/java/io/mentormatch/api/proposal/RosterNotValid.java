package io.mentormatch.api.proposal;

import io.mentormatch.api.system.StateConflict;

/** The stored roster breaks a rule of the cohort format (e.g. a pin on a banned pair), so it cannot be scored. */
public class RosterNotValid extends StateConflict {

    public RosterNotValid(String problems) {
        super("the cohort's roster is not valid: " + problems);
    }
}
