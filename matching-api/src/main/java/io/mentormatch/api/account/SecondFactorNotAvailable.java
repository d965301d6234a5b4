package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** 409: this account signs in through single sign-on and uses the second factor of its identity provider. */
public class SecondFactorNotAvailable extends StateConflict {

    public SecondFactorNotAvailable() {
        super("this account signs in through single sign-on and uses the second factor of its identity provider");
    }
}
