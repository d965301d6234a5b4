package io.mentormatch.core.solver;

import java.time.Duration;

/** Told of each new best solution while a run solves, e.g. to print it or to stream it to a browser. */
@FunctionalInterface
public interface SolveProgress {

    SolveProgress NONE = (phase, bestScore, elapsed) -> { };

    /**
     * @param phase     what the solver is doing, e.g. "exact assignment", "local search"
     * @param bestScore the best score so far, e.g. {@code 0hard/-2medium/-1534soft}
     */
    void bestSoFar(String phase, String bestScore, Duration elapsed);
}
