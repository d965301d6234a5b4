package io.mentormatch.api.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.text.Secrets;
import io.mentormatch.api.text.Sha256;
import io.mentormatch.api.access.Role;

/**
 * Personal API tokens: each person creates, lists and revokes their own, and a token acts as its owner
 * ({@link BearerTokenFilter}). The secret is 32 random bytes, shown once at creation; only its SHA-256 is kept.
 * A fast hash is enough here, unlike for passwords: the secret has 256 bits of entropy, so nobody can guess it from
 * the hash, and checking it costs microseconds instead of BCrypt's hundred milliseconds per request.
 */
@Service
public class ApiTokens {

    /** Lets people, secret scanners and log filters recognise a leaked token. */
    public static final String PREFIX = "mmt_";
    static final int MAX_ACTIVE = 20;
    private static final String AUDITED_TYPE = "api-token";

    private final ApiTokenRepository tokens;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, CurrentActor currentActor, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A token is created by the person, signed in with their password or single sign-on, never by another token:
     * a leaked token must not be able to mint itself successors that outlive its revocation.
     */
    @Transactional
    public CreatedApiToken create(NewApiToken request) {
        Actor actor = currentActor.require();
        if (SecurityContextHolder.getContext().getAuthentication().getDetails() instanceof BearerTokenFilter.SignedInByToken) {
            throw new AccessDeniedException("API tokens are created by signing in, not with another token");
        }
        ApiTokenScope scope = ApiTokenScope.ofWire(request.scope());
        if (scope == ApiTokenScope.SCIM && !actor.is(Role.ADMIN)) {
            // an identity provider creates and disables accounts: an administrator's rights, given to it alone
            throw new AccessDeniedException("only an administrator may create a SCIM provisioning token");
        }
        if (tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(actor.userId()).size() >= MAX_ACTIVE) {
            throw new ApiTokenLimitReached(MAX_ACTIVE);
        }
        String token = PREFIX + Secrets.random256Bits();
        Instant now = clock.instant();
        ApiTokenEntity saved = tokens.saveAndFlush(new ApiTokenEntity(actor.userId(), request.name().strip(),
                scope, hash(token), now,
                now.plus(Duration.ofDays(request.expiresInDays()))));
        audit.record("api-token.created", AUDITED_TYPE, saved.getId(), null, null, ApiTokenView.Audited.of(saved));
        return new CreatedApiToken(ApiTokenView.of(saved, now), token);
    }

    /** The caller's tokens that are not revoked, the newest first; expired ones are marked so. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        Actor actor = currentActor.require();
        Instant now = clock.instant();
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(actor.userId()).stream()
                .map(token -> ApiTokenView.of(token, now)).toList();
    }

    /** One of the caller's own tokens that is not revoked: for the page that asks before revoking it. */
    @Transactional(readOnly = true)
    public ApiTokenView mine(long id) {
        Actor actor = currentActor.require();
        return tokens.findByIdAndUserIdAndRevokedAtIsNull(id, actor.userId()).map(token -> ApiTokenView.of(token, clock.instant()))
                .orElseThrow(() -> new ApiTokenNotFound(id));
    }

    /** Revokes one of the caller's own tokens; another person's token is as unknown as one that never existed. */
    @Transactional
    public void revoke(long id) {
        Actor actor = currentActor.require();
        ApiTokenEntity token = tokens.findByIdAndUserIdAndRevokedAtIsNull(id, actor.userId())
                .orElseThrow(() -> new ApiTokenNotFound(id));
        ApiTokenView.Audited before = ApiTokenView.Audited.of(token);
        token.revoke(clock.instant());
        tokens.flush();
        audit.record("api-token.revoked", AUDITED_TYPE, id, null, before, null);
    }

    /** Revokes every token of an account, in the caller's transaction: a disabled account keeps no way in. */
    @Transactional
    public void revokeAll(long userId, String reason) {
        int revoked = tokens.revokeAll(userId, clock.instant());
        if (revoked > 0) {
            audit.record("api-token.revoked-all", "user", userId, null, null,
                    Map.of("revoked", revoked, "reason", reason));
        }
    }

    /** The SHA-256 of a token, as stored (hex). */
    static String hash(String token) {
        return Sha256.hex(token);
    }
}
