package io.mentormatch.api.run;

import io.mentormatch.api.problem.StateConflict;

public class RunHasNoResult extends StateConflict {

    public RunHasNoResult(long runId, RunStatus status) {
        super("matching run " + runId + " has no result: it " + switch (status) {
            case QUEUED -> "is waiting to start";
            case RUNNING -> "is still working";
            case FAILED -> "stopped with an error";
            case CANCELLED -> "was cancelled";
            case SUCCEEDED -> "finished without one";
        });
    }
}
