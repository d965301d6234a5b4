package io.mentormatch.api.run;

import java.time.Duration;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import io.mentormatch.core.solver.MatchingResult;

/**
 * What finished runs measured, for {@code /actuator/prometheus}: how long each run took by mode and outcome
 * ({@code mentormatch_run_duration_seconds}), and for successful runs the sum of pair scores
 * ({@code mentormatch_run_pair_score}) and the gap to the proven bound in percent ({@code mentormatch_run_gap_percent}).
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void finished(String mode, String outcome, Duration took) {
        Timer.builder("mentormatch.run.duration").description("Wall-clock time of a matching run, load to result")
                .tag("mode", mode).tag("outcome", outcome).register(registry).record(took);
    }

    void succeeded(MatchingResult result) {
        DistributionSummary.builder("mentormatch.run.pair.score").description("Sum of pair scores of a run's matching")
                .tag("mode", result.mode()).register(registry).record(result.pairScoreSum());
        if (result.bound() != null) {
            DistributionSummary.builder("mentormatch.run.gap").baseUnit("percent")
                    .description("How far a run's pair score sum is below its proven upper bound")
                    .tag("mode", result.mode()).register(registry).record(result.bound().gapPercent());
        }
    }
}
