package io.mentormatch.core.solver;

import java.util.Locale;

public enum MatchingMode {
    /** Exact assignment for the linear part, then local search for load balance; reports the gap to the bound. */
    OPTIMAL,
    /** Resident-proposing deferred acceptance with capacities: no blocking pairs. */
    STABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MatchingMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
