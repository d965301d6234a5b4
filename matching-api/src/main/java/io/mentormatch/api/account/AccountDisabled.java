package io.mentormatch.api.account;

import org.springframework.security.authentication.DisabledException;

/**
 * The password was right, but the account is disabled: the sign-in page tells its owner so and whom to ask
 * ({@link DisabledAccountHelp}). Thrown only after the password check ({@link SignInLimitingProvider}).
 */
public class AccountDisabled extends DisabledException {

    private final String username;

    AccountDisabled(String username) {
        super("the account is disabled");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
