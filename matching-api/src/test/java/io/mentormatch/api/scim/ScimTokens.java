package io.mentormatch.api.scim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** API tokens of any scope for any account, stored as the service stores them (their SHA-256), for MockMvc tests. */
final class ScimTokens {

    private ScimTokens() {
    }

    /** A fresh token of the account with this scope (READ, WRITE or SCIM); answers the secret. */
    static String token(JdbcTemplate jdbc, String username, String scope) {
        String secret = "mmt_" + UUID.randomUUID();
        jdbc.update("""
                insert into api_token (user_id, name, scope, token_hash, created_at, expires_at)
                select id, 'test', ?, ?, current_timestamp, current_timestamp + interval '1' day
                from app_user where username = ?""", scope, sha256(secret), username);
        return secret;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
