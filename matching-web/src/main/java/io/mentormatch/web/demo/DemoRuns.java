package io.mentormatch.web.demo;

import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;

/** Runs a demo cohort's matching in the background job, as a director would, and waits up to two minutes for it. */
final class DemoRuns {

    private static final long GIVE_UP_AFTER_MILLIS = 120_000;

    private DemoRuns() {
    }

    /** @return how the run ended, or its last status when it did not end in time or the wait was interrupted */
    static RunStatus runAndWait(RunService runs, long cohortId, StartRun start) {
        long runId = runs.start(cohortId, start).id();
        long giveUpAt = System.currentTimeMillis() + GIVE_UP_AFTER_MILLIS;
        RunStatus status = RunStatus.QUEUED;
        while (status.isActive() && System.currentTimeMillis() < giveUpAt) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = runs.get(cohortId, runId).status();
        }
        return status;
    }
}
