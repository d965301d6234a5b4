package io.mentormatch.api.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.mentormatch.core.solver.MatchingMode;

/** @param timeLimitSeconds the most the local search may run */
public record StartRun(
        @NotNull @Pattern(regexp = "(?i)optimal|stable", message = "must be optimal or stable") String mode,
        @NotNull @Min(1) @Max(MAX_TIME_LIMIT_SECONDS) Integer timeLimitSeconds) {

    public static final int MAX_TIME_LIMIT_SECONDS = 3600;

    MatchingMode matchingMode() {
        return MatchingMode.parse(mode);
    }
}
