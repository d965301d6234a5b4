package io.mentormatch.api.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user name from one address within
 * the sliding window, further attempts for that pair are refused (429) until the oldest of them leaves the window.
 * A success clears the pair. The failures are kept in the database (table {@code sign_in_failure}, keyed by a hash
 * of the pair), so the limit holds for the whole cluster whichever instance a guess reaches.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, @Value("${mentormatch.security.login.max-failures:5}") int maxFailures,
                  @Value("${mentormatch.security.login.window:5m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long this pair must wait before it may try again, or empty when it may try now. */
    Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.queryForList("""
                select failed_at from sign_in_failure where key_hash = ? and failed_at > ?
                order by failed_at desc fetch first ? rows only""",
                Timestamp.class, key(username, address), Timestamp.from(now.minus(window)), maxFailures);
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.get(maxFailures - 1).toInstant().plus(window)));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        address(event.getAuthentication()).ifPresent(address -> {
            Instant now = clock.instant();
            jdbc.update("delete from sign_in_failure where failed_at <= ?", Timestamp.from(now.minus(window)));
            jdbc.update("insert into sign_in_failure (key_hash, failed_at) values (?, ?)",
                    key(event.getAuthentication().getName(), address), Timestamp.from(now));
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        address(event.getAuthentication()).ifPresent(address -> jdbc.update(
                "delete from sign_in_failure where key_hash = ?", key(event.getAuthentication().getName(), address)));
    }

    private static Optional<String> address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
    }

    private static String key(String username, String address) {
        try {
            byte[] pair = (username.toLowerCase(Locale.ROOT) + '\n' + address).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pair));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
