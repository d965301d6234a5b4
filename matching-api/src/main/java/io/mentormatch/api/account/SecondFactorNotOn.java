package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** 409: the second factor is not on. */
public class SecondFactorNotOn extends StateConflict {

    public SecondFactorNotOn() {
        super("the second factor is not on");
    }
}
