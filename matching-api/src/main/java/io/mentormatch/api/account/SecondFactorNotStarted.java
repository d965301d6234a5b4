package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** 409: no set-up of a second factor waits for a code; start one first. */
public class SecondFactorNotStarted extends StateConflict {

    public SecondFactorNotStarted() {
        super("no set-up of a second factor waits for a code; start one first");
    }
}
