package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Resident-proposing deferred acceptance with mentor capacities. PLACEHOLDER until the real one lands.
 */
public final class StableMatching {

    private StableMatching() {
    }

    public static Matching solve(PairScorer scorer) {
        return ExactAssignment.solve(scorer).matching();
    }
}
