package io.mentormatch.core.solver;

import java.util.Locale;

public enum MatchingMode {
    /** Exact assignment for the linear part, then local search for load balance; reports the gap to the bound. */
    OPTIMAL,
    /** Resident-proposing deferred acceptance with capacities: no blocking pairs. */
    STABLE,
    /** The most residents matched, then the most 1st choices, 2nd choices, ..., then the pair scores; exact. */
    RANK_MAXIMAL;

    /** The mode as files, the API and the command line spell it: {@code optimal}, {@code stable}, {@code rank-maximal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MatchingMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
