package io.mentormatch.api.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user name from one address within
 * the sliding window, further attempts for that pair are refused (429) until the oldest failure leaves the
 * window. A success clears the pair. Kept in memory: with several instances the limit holds per instance, so a
 * guesser behind a round-robin balancer gets at most {@code instances × max-failures} tries per window.
 */
@Component
class LoginThrottle {

    /** Above this many remembered pairs, pairs whose failures have all left the window are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${mentormatch.security.login.max-failures:5}") int maxFailures,
                  @Value("${mentormatch.security.login.window:5m}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long this pair must wait before it may try again, or empty when it may try now. */
    Optional<Duration> retryAfter(String username, String address) {
        Deque<Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        address(event.getAuthentication()).ifPresent(address -> {
            Instant now = clock.instant();
            if (failures.size() > PRUNE_ABOVE) {
                failures.values().removeIf(recent -> {
                    synchronized (recent) {
                        forgetOlderThanWindow(recent, now);
                        return recent.isEmpty();
                    }
                });
            }
            Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName(), address),
                    k -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(now);
                forgetOlderThanWindow(recent, now);
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        address(event.getAuthentication()).ifPresent(address ->
                failures.remove(key(event.getAuthentication().getName(), address)));
    }

    private void forgetOlderThanWindow(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static Optional<String> address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
