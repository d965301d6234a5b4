package io.mentormatch.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.core.solver.MatchingResult;

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

        // other tests sharing this context may finish runs meanwhile, so at least one more
        await().atMost(Duration.ofSeconds(5)).until(() -> succeededRuns() > before);
        RunResult result = data.callAs(world.director(), () -> runs.result(world.cohortId(), queued.id()));
        assertThat(registry.find("mentormatch.run.pair.score").summaries())
                .anySatisfy(summary -> assertThat(summary.max()).isGreaterThanOrEqualTo(result.run().pairScoreSum()));
        String metrics = mvc.perform(get("/actuator/prometheus").with(data.as(world.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("mentormatch_run_duration_seconds_count{mode=\"OPTIMAL\",outcome=\"succeeded\"}")
                .contains("mentormatch_run_duration_seconds_bucket{")
                .contains("mentormatch_run_pair_score_count{").contains("mentormatch_run_gap_percent_count{");
    }

    @Test
    void recordsEachOutcomeByModeAndTheGapOnlyWhenThereIsABound() {
        SimpleMeterRegistry simple = new SimpleMeterRegistry();
        RunMetrics metrics = new RunMetrics(simple);
        MatchingResult.Assignment pair = new MatchingResult.Assignment("R1", "F1", 70, List.of());
        metrics.succeeded(new MatchingResult("optimal", "0hard/0medium/70soft", true, new MatchingResult.Bound(80, 12.5),
                List.of(pair), List.of(), 0, new MatchingResult.Stats(1, 1, 10)));
        metrics.succeeded(new MatchingResult("stable", "0hard/0medium/70soft", true, null,
                List.of(pair), List.of(), 0, new MatchingResult.Stats(1, 1, 10)));
        metrics.finished("OPTIMAL", "succeeded", Duration.ofSeconds(3));
        metrics.finished("OPTIMAL", "failed", Duration.ofSeconds(1));

        assertThat(simple.get("mentormatch.run.duration").tags("mode", "OPTIMAL", "outcome", "succeeded").timer()
                .totalTime(TimeUnit.SECONDS)).isEqualTo(3.0);
        assertThat(simple.get("mentormatch.run.duration").tag("outcome", "failed").timer().count()).isEqualTo(1);
        assertThat(simple.get("mentormatch.run.pair.score").tag("mode", "optimal").summary().totalAmount()).isEqualTo(70.0);
        assertThat(simple.get("mentormatch.run.gap").tag("mode", "optimal").summary().max()).isEqualTo(12.5);
        assertThat(simple.find("mentormatch.run.gap").tag("mode", "stable").summary()).isNull();
    }

    private long succeededRuns() {
        return registry.find("mentormatch.run.duration").tag("outcome", "succeeded").timers().stream()
                .mapToLong(Timer::count).sum();
    }
}
