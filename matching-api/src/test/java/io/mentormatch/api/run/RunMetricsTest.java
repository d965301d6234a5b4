package io.mentormatch.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/** A finished run leaves its duration, pair score sum and gap in the Prometheus metrics. */
@SpringBootTest
@AutoConfigureMockMvc
class RunMetricsTest {

    @Autowired
    RunService runs;
    @Autowired
    MeterRegistry registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void recordsDurationScoreAndGapOfASucceededRun() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        long before = succeededRuns();

        RunView queued = data.callAs(world.director(), () -> runs.start(world.cohortId(), new StartRun("optimal", 5)));
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.current(queued.id()).status() == RunStatus.SUCCEEDED);

        await().atMost(Duration.ofSeconds(5)).until(() -> succeededRuns() == before + 1);
        RunResult result = data.callAs(world.director(), () -> runs.result(world.cohortId(), queued.id()));
        assertThat(registry.find("mentormatch.run.pair.score").summaries())
                .anySatisfy(summary -> assertThat(summary.max()).isGreaterThanOrEqualTo(result.run().pairScoreSum()));
        String metrics = mvc.perform(get("/actuator/prometheus").with(data.as(world.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("mentormatch_run_duration_seconds_count{mode=\"OPTIMAL\",outcome=\"succeeded\"}")
                .contains("mentormatch_run_duration_seconds_bucket{")
                .contains("mentormatch_run_pair_score_count{").contains("mentormatch_run_gap_percent_count{");
    }

    private long succeededRuns() {
        return registry.find("mentormatch.run.duration").tag("outcome", "succeeded").timers().stream()
                .mapToLong(Timer::count).sum();
    }
}
