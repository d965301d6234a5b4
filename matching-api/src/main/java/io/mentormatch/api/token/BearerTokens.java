package io.mentormatch.api.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.mentormatch.api.access.Role;

/**
 * Checks the token of an {@code Authorization: Bearer} request: one indexed read by the token's SHA-256, with its
 * account, and no JPA or transaction of its own, since every request of a machine client makes it.
 */
@Component
public class BearerTokens {

    /** Last use is recorded at most this often per token, so a busy client does not write a row per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final String BY_HASH = """
            select t.id, t.scope, t.expires_at, t.revoked_at, t.last_used_at, u.username, u.role, u.enabled
            from api_token t join app_user u on u.id = t.user_id where t.token_hash = ?""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BearerTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account a token acts for and what it may do; empty for an unknown, expired or revoked token. */
    public Optional<Bearer> authenticate(String token) {
        if (!token.startsWith(ApiTokens.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Row> row = DataAccessUtils.optionalResult(jdbc.query(BY_HASH, (rs, n) -> new Row(rs.getLong("id"),
                ApiTokenScope.valueOf(rs.getString("scope")), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("revoked_at") != null, instant(rs.getTimestamp("last_used_at")),
                new Bearer(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                        ApiTokenScope.valueOf(rs.getString("scope"))), rs.getBoolean("enabled")), ApiTokens.hash(token)));
        Optional<Row> valid = row.filter(r -> !r.revoked() && r.enabled() && r.expiresAt().isAfter(now));
        valid.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now))
                .ifPresent(r -> jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), r.id()));
        return valid.map(Row::bearer);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Who a valid token acts for. */
    public record Bearer(long tokenId, String username, Role role, ApiTokenScope scope) {

        /** A read token may only look: GET and HEAD; a SCIM token nothing under /api. */
        public boolean allows(String method) {
            return scope == ApiTokenScope.WRITE || scope == ApiTokenScope.READ && ("GET".equals(method) || "HEAD".equals(method));
        }
    }

    private record Row(long id, ApiTokenScope scope, Instant expiresAt, boolean revoked, Instant lastUsedAt,
                       Bearer bearer, boolean enabled) {
    }
}
