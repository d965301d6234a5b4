package io.mentormatch.api.token;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself, which only its creation shows. */
public record ApiTokenView(long id, String name, String scope, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, boolean expired) {

    static ApiTokenView of(ApiTokenEntity token, Instant now) {
        return new ApiTokenView(token.getId(), token.getName(), token.getScope().wire(), token.getCreatedAt(),
                token.getExpiresAt(), token.getLastUsedAt(), !token.getExpiresAt().isAfter(now));
    }

    /** What the audit keeps of a token: who and what, never the token or its hash. */
    record Audited(long id, long userId, String name, String scope, Instant expiresAt) {

        static Audited of(ApiTokenEntity token) {
            return new Audited(token.getId(), token.getUserId(), token.getName(), token.getScope().wire(),
                    token.getExpiresAt());
        }
    }
}
