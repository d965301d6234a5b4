package io.mentormatch.api.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.account.internal.PasswordLinkEntity;
import io.mentormatch.api.account.internal.PasswordLinkRepository;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.Secrets;
import io.mentormatch.api.text.Sha256;

/**
 * A new password reaches its owner, never the person who reset it: a director or administrator has a single-use
 * link mailed to the account's own address (valid {@link #VALID_FOR}, stored as a SHA-256 hash), and the owner sets
 * the password from it. Only for a person without e-mail may an administrator reveal a temporary password, once;
 * it stops signing in after {@link #VALID_FOR} too. Every step is audited; tokens and passwords never are.
 */
@Service
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(72);
    /** Where a mailed link leads, followed by its token: a page of the web module that needs no sign-in. */
    public static final String SET_PASSWORD_PATH = "/set-password/";
    private static final String AUDITED_TYPE = "user";
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ManagedAccounts managed;
    private final UserAccountRepository accounts;
    private final PasswordLinkRepository links;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(ManagedAccounts managed, UserAccountRepository accounts, PasswordLinkRepository links,
                   PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentActor currentActor,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.managed = managed;
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Mails the account's owner a new link to set a password; earlier open links stop working. */
    @Transactional
    @PreAuthorize("@access.isManager()")
    public PasswordLinkSent sendLink(String username) {
        UserAccountEntity account = managed.managed(username);
        if (account.getEmail() == null || account.getEmail().isBlank()) {
            throw new NoEmailAddress();
        }
        links.deleteOpenLinks(account.getId());
        String token = Secrets.random256Bits();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALID_FOR);
        links.saveAndFlush(new PasswordLinkEntity(account.getId(), sha256(token), now, expiresAt));
        events.publishEvent(new PasswordLinkIssued(account.getId(), account.getEmail(), account.getDisplayName(), token,
                expiresAt));
        audit.record("account.password-link-sent", AUDITED_TYPE, account.getId(), null, null,
                Map.of("username", account.getUsername(), "expiresAt", expiresAt.toString()));
        return new PasswordLinkSent(account.getUsername(), expiresAt);
    }

    /**
     * For a person without e-mail only: a new random password, shown once to the administrator, that the person
     * must change at the next sign-in and that expires. Ends the account's open sessions.
     */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public TemporaryPassword revealTemporaryPassword(String username) {
        UserAccountEntity account = managed.managed(username);
        if (account.getEmail() != null && !account.getEmail().isBlank()) {
            throw new AccountHasEmail();
        }
        String password = temporaryPassword(account.getUsername());
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        account.setPassword(passwordEncoder.encode(password), true, expiresAt);
        account.endSessions();
        accounts.flush();
        audit.record("account.password-reset", AUDITED_TYPE, account.getId(), null, null,
                Map.of("username", account.getUsername(), "passwordChangeRequired", true, "expiresAt", expiresAt.toString()));
        currentActor.forget();
        return new TemporaryPassword(account.getUsername(), password, expiresAt);
    }

    /** What the link can still do, for the page that opens it (needs no sign-in: the token is the proof). */
    @Transactional(readOnly = true)
    public PasswordLinkState state(String token) {
        return links.findByTokenHash(sha256(token)).map(link -> link.isUsed() ? PasswordLinkState.USED
                : clock.instant().isAfter(link.getExpiresAt()) ? PasswordLinkState.EXPIRED
                : PasswordLinkState.VALID).orElse(PasswordLinkState.UNKNOWN);
    }

    /** The owner sets their password from the link, once; their open sessions end. */
    @Transactional
    public void setPassword(NewPasswordByLink request) {
        PasswordLinkEntity link = links.lockByTokenHash(sha256(request.token())).orElseThrow(PasswordLinkUnknown::new);
        Instant now = clock.instant();
        if (link.isUsed()) {
            throw new PasswordLinkUsed();
        }
        if (now.isAfter(link.getExpiresAt())) {
            throw new PasswordLinkExpired();
        }
        UserAccountEntity account = accounts.findById(link.getUserId()).orElseThrow(PasswordLinkUnknown::new);
        List<FieldProblem> problems = passwordPolicy.problems("newPassword", account.getUsername(), request.newPassword());
        if (!problems.isEmpty()) {
            throw new InvalidAccountChange(problems);
        }
        account.setPassword(passwordEncoder.encode(request.newPassword()), false, null);
        account.endSessions();
        link.use(now);
        accounts.flush();
        audit.record("account.password-set-by-link", AUDITED_TYPE, account.getId(), null, null,
                Map.of("username", account.getUsername()));
    }

    static String sha256(String token) {
        return Sha256.hex(token);
    }

    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
            }
            if (passwordPolicy.problems("password", username, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
