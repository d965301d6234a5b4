package io.mentormatch.api.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param mode             one of {@link RunMode#LABELS}
 * @param timeLimitSeconds the most the local search may run
 */
public record StartRun(
        @NotNull @Pattern(regexp = RunMode.PATTERN,
                message = "must be one of optimal, stable, stable-mentor-optimal, rank-maximal, optimal-load-balanced") String mode,
        @NotNull @Min(1) @Max(MAX_TIME_LIMIT_SECONDS) Integer timeLimitSeconds) {

    public static final int MAX_TIME_LIMIT_SECONDS = 3600;

    RunMode runMode() {
        return RunMode.parse(mode);
    }
}
