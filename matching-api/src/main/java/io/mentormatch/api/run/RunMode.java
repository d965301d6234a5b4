package io.mentormatch.api.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.PeerMentoring;
import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.solver.MatchingMode;

/**
 * The modes a run may take: exactly the rows of {@link ModeComparison}, so that a run started from a row of the
 * comparison gives that row's figures. {@code optimal} is the best total fit with load balance left out (exact, no
 * local search); {@code optimal-load-balanced} adds the cohort's load-balance weight and the local search for it.
 */
public enum RunMode {
    OPTIMAL(MatchingMode.OPTIMAL),
    STABLE(MatchingMode.STABLE),
    RANK_MAXIMAL(MatchingMode.RANK_MAXIMAL),
    OPTIMAL_LOAD_BALANCED(MatchingMode.OPTIMAL);

    /** The labels, as the problem of an unknown mode lists them. */
    public static final String LABELS = Arrays.stream(values()).map(RunMode::label).collect(Collectors.joining(", "));
    /** A regular expression of the labels, any case, for request validation. */
    public static final String PATTERN = "(?i)optimal|stable|rank-maximal|" + ModeComparison.LOAD_BALANCED;

    private final MatchingMode solverMode;

    RunMode(MatchingMode solverMode) {
        this.solverMode = solverMode;
    }

    public String label() {
        return this == OPTIMAL_LOAD_BALANCED ? ModeComparison.LOAD_BALANCED : solverMode.label();
    }

    public MatchingMode solverMode() {
        return solverMode;
    }

    /** The cohort as this mode solves it: as {@link ModeComparison} does, optimal mode leaves load balance out. */
    public Cohort cohortFor(Cohort cohort) {
        if (this != OPTIMAL) {
            return cohort;
        }
        Cohort exact = cohort.weights().loadBalance() > 0
                ? cohort.withWeights(cohort.weights().withLoadBalance(0)) : cohort;
        PeerMentoring peer = exact.peerMentoring();
        return peer != null && peer.weights().loadBalance() > 0
                ? exact.withPeerMentoring(new PeerMentoring(peer.weights().withLoadBalance(0))) : exact;
    }

    /** @throws IllegalArgumentException for a label that is none of {@link #LABELS} */
    public static RunMode parse(String label) {
        String name = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return valueOf(name);
    }
}
