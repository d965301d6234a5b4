package io.mentormatch.core.solver;

import java.time.Duration;

/** @param timeLimit the most the local search may run; the exact phase always finishes */
public record SolveOptions(MatchingMode mode, Duration timeLimit) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public static SolveOptions optimal() {
        return new SolveOptions(MatchingMode.OPTIMAL, DEFAULT_TIME_LIMIT);
    }

    public static SolveOptions stable() {
        return new SolveOptions(MatchingMode.STABLE, DEFAULT_TIME_LIMIT);
    }
}
