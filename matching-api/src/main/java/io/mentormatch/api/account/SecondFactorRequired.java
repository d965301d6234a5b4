package io.mentormatch.api.account;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the account also signs in with a code: the sign-in form goes on to the code page;
 * HTTP Basic cannot carry a code and is refused (SecurityConfiguration).
 */
class SecondFactorRequired extends AuthenticationException {

    private final String username;

    SecondFactorRequired(String username) {
        super("a second factor is required");
        this.username = username;
    }

    String username() {
        return username;
    }
}
