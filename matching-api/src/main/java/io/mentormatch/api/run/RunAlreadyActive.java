package io.mentormatch.api.run;

import io.mentormatch.api.problem.StateConflict;

/** A second run of a cohort while one is queued or running. */
public class RunAlreadyActive extends StateConflict {

    public RunAlreadyActive(long cohortId) {
        super("cohort " + cohortId + " already has a matching run queued or running; wait for it or cancel it");
    }
}
