package io.mentormatch.api.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused by {@link SignInLimit} before its password was checked. */
class SignInLimitReached extends AuthenticationException {

    private final Duration retryAfter;

    SignInLimitReached(Duration retryAfter) {
        super("too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the Retry-After header wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
