package io.mentormatch.api.comparison;

import io.mentormatch.api.problem.StateConflict;

/** Every comparison slot of this instance is taken: comparisons are solved one at a time, with a short queue. */
public class ComparisonsBusy extends StateConflict {

    public ComparisonsBusy() {
        super("other mode comparisons are being solved; try again in a moment");
    }
}
