package io.mentormatch.api.account;

import java.time.Instant;

/**
 * A link to set a password was issued. The token lives only in this event and the mail it becomes; the database
 * keeps its hash.
 */
public record PasswordLinkIssued(long userId, String email, String displayName, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordLinkIssued[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
