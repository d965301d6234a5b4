package io.mentormatch.api.account;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password and then a code. A right password for an account whose second factor is on does not
 * sign in ({@link SignInLimitingProvider} throws {@link SecondFactorRequired}): the session only remembers, for a
 * few minutes, whose password was right, under a new session id, and stays anonymous, so it reaches nothing but
 * the code page. The code (or a recovery code) then signs in ({@link SecondFactorCodeFilter}). Every wrong code
 * counts toward the account's sign-in limit like a wrong password, and a right password alone never clears the
 * count: only a right code does, so re-entering the password does not buy more guesses.
 */
@Component
public class SecondFactorSignIn {

    private static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    private final SecondFactor secondFactor;
    private final SignInLimit limit;
    private final Clock clock;
    private final String codePage;

    SecondFactorSignIn(SecondFactor secondFactor, SignInLimit limit, Clock clock,
                       @Value("${mentormatch.security.second-factor-page:/login/code}") String codePage) {
        this.secondFactor = secondFactor;
        this.limit = limit;
        this.clock = clock;
        this.codePage = codePage;
    }

    /** Whose password was right, until when. */
    record Pending(String username, Instant until) implements Serializable {
    }

    /** Whether this request's session waits for a code (the code page shows only then). */
    public boolean waitsForCode(HttpServletRequest request) {
        return pending(request).isPresent();
    }

    String codePage() {
        return codePage;
    }

    Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending pending
                && pending.until().isAfter(clock.instant()) ? Optional.of(pending) : Optional.empty();
    }

    void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * The sign-in form's answer to a right password of an account with a second factor: a new session id (so a
     * session id planted before cannot enter codes), the pending sign-in, and the code page.
     */
    AuthenticationFailureHandler passwordWasRight() {
        return (request, response, e) -> {
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(PENDING, new Pending(((SecondFactorRequired) e).username(), clock.instant().plus(PENDING_FOR)));
            redirect(request, response, codePage);
        };
    }

    /**
     * Checks a code for the pending sign-in.
     *
     * @throws SignInLimitReached when the account or address has too many failures (before the code is checked)
     * @throws BadCredentialsException when the code is wrong or used already
     */
    void check(Pending pending, String code, String address) {
        SignInLimit.Attempt attempt = limit.begin(pending.username(), address);
        Optional<SecondFactor.State> state = secondFactor.byUsername(pending.username()).filter(SecondFactor.State::on);
        if (state.isEmpty()) {
            limit.abandoned(attempt);
            throw new BadCredentialsException("the second factor was turned off meanwhile; sign in again");
        }
        if (!secondFactor.use(state.get(), code)) {
            limit.failed(attempt);
            throw new BadCredentialsException("wrong code");
        }
        limit.succeeded(attempt);
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** Whether the exception asks for the code page rather than the sign-in page's error. */
    static boolean passwordWasRight(AuthenticationException e) {
        return e instanceof SecondFactorRequired;
    }
}
