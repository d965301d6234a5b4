package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.PeerMentoring;

/**
 * The matching modes, the one place that says what each solves: the command line, the API's runs, the comparison
 * of modes and the re-match all take their mode from here, so a label means the same thing everywhere.
 */
public enum MatchingMode {
    /**
     * The best total fit: the exact assignment of every pair-score term, with the cohort's load-balance weight left
     * out. A cohort of mentoring families still gets the local search for families that can meet, since families
     * are part of the cohort's shape, not a preference among fits.
     */
    OPTIMAL,
    /**
     * Resident-proposing deferred acceptance on the stated preferences ({@link StatedPreferences}): no blocking pairs,
     * the stable matching residents like best, and no resident gains by misstating its list.
     */
    STABLE,
    /** Mentor-proposing deferred acceptance on the stated preferences: no blocking pairs, the one mentors like best. */
    STABLE_MENTOR_OPTIMAL,
    /** The most residents matched, then the most 1st choices, 2nd choices, ..., then the pair scores; exact. */
    RANK_MAXIMAL,
    /**
     * Optimal mode with the cohort's load-balance weight: the exact assignment, then the local search that trades a
     * little pair score for a more even load (and for families). Without load-balance weight it is optimal mode.
     */
    OPTIMAL_LOAD_BALANCED;

    /** Every label, as usage and problem messages list them. */
    public static final String LABELS = Arrays.stream(values()).map(MatchingMode::label)
            .collect(Collectors.joining(", "));

    /**
     * The mode as files, the API and the command line spell it: {@code optimal}, {@code stable},
     * {@code stable-mentor-optimal}, {@code rank-maximal}, {@code optimal-load-balanced}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The cohort as this mode solves it: optimal mode leaves the load-balance weight out, of the peer layer's weights
     * too; the others keep it.
     */
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

    /** Whether this mode is deferred acceptance, whose result no pair blocks by construction. */
    public boolean stable() {
        return this == STABLE || this == STABLE_MENTOR_OPTIMAL;
    }

    /** @throws IllegalArgumentException for a text that is none of {@link #LABELS} (any case) */
    public static MatchingMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
