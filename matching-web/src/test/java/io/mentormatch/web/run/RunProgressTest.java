package io.mentormatch.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;

class RunProgressTest {

    @Test
    void measuresARunningRunByItsTimeLimit() {
        assertThat(RunProgress.of(run(RunStatus.RUNNING, 15_000L)).percent()).isEqualTo(50);
    }

    @Test
    void neverShowsARunningRunAsComplete() {
        assertThat(RunProgress.of(run(RunStatus.RUNNING, 45_000L)).percent()).isEqualTo(99);
    }

    @Test
    void showsAFinishedRunAsComplete() {
        RunProgress progress = RunProgress.of(run(RunStatus.CANCELLED, 1_000L));
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.active()).isFalse();
    }

    private static RunView run(RunStatus status, Long elapsed) {
        return new RunView(1, 1, status, "optimal", 30, "solving", null, elapsed, null, null, null, null, null, null, null,
                false, "director", Instant.EPOCH, Instant.EPOCH, null, null, 0);
    }
}
