package io.mentormatch.api.run;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.solver.MatchingMode;

/**
 * The modes a run may take, stored by name: one for each core {@link MatchingMode}, which alone says what a mode
 * solves, so that a run started from a row of {@link ModeComparison} gives that row's figures. {@code optimal} is the
 * best total fit with load balance left out; {@code optimal-load-balanced} adds the cohort's load-balance weight and
 * the local search for it.
 */
public enum RunMode {
    OPTIMAL(MatchingMode.OPTIMAL),
    STABLE(MatchingMode.STABLE),
    STABLE_MENTOR_OPTIMAL(MatchingMode.STABLE_MENTOR_OPTIMAL),
    RANK_MAXIMAL(MatchingMode.RANK_MAXIMAL),
    OPTIMAL_LOAD_BALANCED(MatchingMode.OPTIMAL_LOAD_BALANCED);

    /** The labels, as the problem of an unknown mode lists them. */
    public static final String LABELS = MatchingMode.LABELS;
    /** A regular expression of the labels, any case, for request validation. */
    public static final String PATTERN = "(?i)optimal|stable|stable-mentor-optimal|rank-maximal|optimal-load-balanced";

    private final MatchingMode solverMode;

    RunMode(MatchingMode solverMode) {
        this.solverMode = solverMode;
    }

    public String label() {
        return solverMode.label();
    }

    public MatchingMode solverMode() {
        return solverMode;
    }

    /** @throws IllegalArgumentException for a label that is none of {@link #LABELS} */
    public static RunMode parse(String label) {
        MatchingMode mode = MatchingMode.parse(label);
        return Arrays.stream(values()).filter(m -> m.solverMode == mode).findFirst().orElseThrow();
    }
}
