package io.mentormatch.api.cohort;

import io.mentormatch.api.problem.StateConflict;

/** The cohort's stage no longer allows this change, e.g. a roster import after matching started. */
public class CohortLocked extends StateConflict {

    public CohortLocked(CohortState state, String what) {
        super(what + " is not allowed while the cohort is " + state);
    }
}
