package io.mentormatch.core.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import io.mentormatch.core.solver.SolveProgress;

/** Prints the best score so far: the first of each phase, then at most one line every half second. */
final class ThrottledProgress implements SolveProgress {

    private static final long INTERVAL_MILLIS = 500;

    private final PrintStream out;
    private String lastPhase;
    private long lastMillis;

    ThrottledProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void bestSoFar(String phase, String bestScore, Duration elapsed) {
        long millis = elapsed.toMillis();
        if (phase.equals(lastPhase) && millis - lastMillis < INTERVAL_MILLIS) {
            return;
        }
        lastPhase = phase;
        lastMillis = millis;
        out.printf(Locale.ROOT, "%6.1f s  %-16s best %s%n", millis / 1000.0, phase, bestScore);
    }
}
