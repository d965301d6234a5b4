package io.mentormatch.api.run;

import io.mentormatch.api.problem.StateConflict;

public class RunAlreadyFinished extends StateConflict {

    public RunAlreadyFinished(long runId, RunStatus status) {
        super("matching run " + runId + " has already finished ("
                + status.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
