package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Counts the pairs that would rather be together than with what a matching gave them. PLACEHOLDER.
 */
public final class BlockingPairs {

    private BlockingPairs() {
    }

    public static int count(PairScorer scorer, Matching matching) {
        return 0;
    }
}
