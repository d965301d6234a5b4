package io.mentormatch.api.account;

import io.mentormatch.api.problem.NotFound;

public class AccountNotFound extends NotFound {

    public AccountNotFound(String username) {
        super("no account '" + username + "'");
    }
}
