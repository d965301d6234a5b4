package io.mentormatch.api.comparison;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A request to compare the modes of a cohort.
 *
 * @param timeLimitSeconds the most the local search of the load-balanced row may run; the exact modes always finish.
 *                         Kept short: the answer waits for it.
 */
public record CompareModes(@NotNull @Min(1) @Max(MAX_TIME_LIMIT_SECONDS) Integer timeLimitSeconds) {

    public static final int MAX_TIME_LIMIT_SECONDS = 20;
}
