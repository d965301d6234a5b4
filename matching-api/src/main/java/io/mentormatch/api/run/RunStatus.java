package io.mentormatch.api.run;

public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /** Only a run that succeeded left a proposal to review. */
    public boolean hasResult() {
        return this == SUCCEEDED;
    }
}
