package io.mentormatch.core.solver;

import java.time.Duration;

/**
 * @param timeLimit        the most the local search may run; the exact phase always finishes
 * @param localSearchSteps 0: the local search stops when its best score has not improved for a while; above 0: it
 *                         stops after this many steps (or at the time limit), the same on a busy machine as on a
 *                         quiet one
 */
public record SolveOptions(MatchingMode mode, Duration timeLimit, int localSearchSteps) {

    public SolveOptions(MatchingMode mode, Duration timeLimit) {
        this(mode, timeLimit, 0);
    }

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public static SolveOptions optimal() {
        return new SolveOptions(MatchingMode.OPTIMAL, DEFAULT_TIME_LIMIT);
    }

    public static SolveOptions stable() {
        return new SolveOptions(MatchingMode.STABLE, DEFAULT_TIME_LIMIT);
    }
}
