package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

/** A swap whose pairings were sent or changed since, or that was reverted already, cannot be reverted (409). */
public class SwapNotRevertable extends StateConflict {

    public SwapNotRevertable(String why) {
        super(why);
    }
}
