package io.mentormatch.api.run;

import io.mentormatch.api.system.StateConflict;

public class RunHasNoResult extends StateConflict {

    public RunHasNoResult(long runId, RunStatus status) {
        super("matching run " + runId + " is " + status + " and has no result");
    }
}
