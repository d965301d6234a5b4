package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

/** Withdrawing needs a sent proposal no mentor has answered (409). */
public class NothingToWithdraw extends StateConflict {

    public NothingToWithdraw(String why) {
        super(why);
    }
}
