package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** 409: the second factor is already on; turn it off first to set up another authenticator app. */
public class SecondFactorAlreadyOn extends StateConflict {

    public SecondFactorAlreadyOn() {
        super("the second factor is already on; turn it off first to set up another authenticator app");
    }
}
