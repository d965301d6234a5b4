package io.mentormatch.web.run;

import io.mentormatch.api.run.RunView;

/** How far a run has come, for the progress bar: elapsed time against its time limit, full once it is over. */
public record RunProgress(RunView run, int percent) {

    static RunProgress of(RunView run) {
        if (!run.status().isActive()) {
            return new RunProgress(run, 100);
        }
        long elapsed = run.elapsedMillis() == null ? 0 : run.elapsedMillis();
        long limit = run.timeLimitSeconds() * 1000L;
        return new RunProgress(run, (int) Math.min(99, limit == 0 ? 0 : 100 * elapsed / limit));
    }

    public boolean active() {
        return run.status().isActive();
    }
}
