package io.mentormatch.api.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.Sha256;

/**
 * A person's own second factor (TOTP, {@link TotpCodes}): set up with a QR code and confirmed by one code, which
 * turns it on and gives 10 one-time recovery codes, shown once and kept as hashes. Turning it off takes a current
 * code or the password; wrong ones count toward the sign-in limit, as at sign-in, so a borrowed session cannot
 * guess its way to turning it off. Turning it on or off ends the account's other sessions. Only password accounts
 * have one: single sign-on accounts rely on their identity provider's.
 */
@Service
public class SecondFactor {

    static final int RECOVERY_CODE_COUNT = 10;

    private static final String STATE = """
            select u.id, u.username, u.password_hash, f.secret, f.confirmed_at, f.last_step,
              (select count(*) from recovery_code r where r.user_id = u.id and r.used_at is null) as codes_left
            from app_user u left join second_factor f on f.user_id = u.id where\s""";

    private final JdbcTemplate jdbc;
    private final TotpCodes codes;
    private final CurrentActor currentActor;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInLimit limit;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Set<Role> requiredFor;

    SecondFactor(JdbcTemplate jdbc, TotpCodes codes, CurrentActor currentActor, UserAccountRepository accounts,
                 PasswordEncoder passwordEncoder, SignInLimit limit, AuditLog audit, TransactionTemplate tx, Clock clock,
                 @Value("${mentormatch.security.require-mfa-for:}") String[] requiredFor) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.limit = limit;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(requiredFor).map(String::strip).filter(role -> !role.isEmpty())
                .forEach(role -> roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT))));
        this.requiredFor = Set.copyOf(roles);
    }

    /** An account with its second factor, if any. */
    record State(long userId, String username, boolean hasPassword, String passwordHash, String secret, boolean on,
                 long lastStep, int recoveryCodesLeft) {
    }

    public SecondFactorStatus status() {
        Actor actor = currentActor.require();
        State state = state(actor.userId());
        return new SecondFactorStatus(state.hasPassword(), state.on(), state.secret() != null && !state.on(),
                requiredFor.contains(actor.role()) && state.hasPassword(), state.recoveryCodesLeft());
    }

    /** A new secret for the signed-in person's authenticator app; the second factor is on once a code confirms it. */
    public SecondFactorEnrolment start() {
        Actor actor = currentActor.require();
        State state = state(actor.userId());
        if (!state.hasPassword()) {
            throw new SecondFactorNotAvailable();
        }
        if (state.on()) {
            throw new SecondFactorAlreadyOn();
        }
        String secret = codes.newSecret();
        tx.executeWithoutResult(status -> {
            jdbc.update("delete from second_factor where user_id = ?", actor.userId());
            jdbc.update("insert into second_factor (user_id, secret, started_at) values (?, ?, ?)",
                    actor.userId(), secret, Timestamp.from(clock.instant()));
        });
        return enrolment(actor.username(), secret);
    }

    /** The set-up waiting for its first code, shown again (e.g. when the page is reloaded). */
    public Optional<SecondFactorEnrolment> started() {
        Actor actor = currentActor.require();
        State state = state(actor.userId());
        return state.secret() == null || state.on() ? Optional.empty()
                : Optional.of(enrolment(actor.username(), state.secret()));
    }

    /** Turns the second factor on with a first code from the app; the recovery codes are returned this once only. */
    public RecoveryCodes confirm(SecondFactorCode code) {
        Actor actor = currentActor.require();
        State state = state(actor.userId());
        if (state.on()) {
            throw new SecondFactorAlreadyOn();
        }
        if (state.secret() == null) {
            throw new SecondFactorNotStarted();
        }
        OptionalLong step = codes.step(state.secret(), code.code(), state.lastStep());
        if (step.isEmpty()) {
            throw new InvalidSecondFactorCode("code", "is not the current code from your authenticator app");
        }
        return tx.execute(status -> {
            if (jdbc.update("update second_factor set confirmed_at = ?, last_step = ? where user_id = ? and confirmed_at is null",
                    Timestamp.from(clock.instant()), step.getAsLong(), actor.userId()) != 1) {
                throw new SecondFactorAlreadyOn();
            }
            List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODE_COUNT));
            jdbc.update("delete from recovery_code where user_id = ?", actor.userId());
            recovery.forEach(value -> jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)",
                    actor.userId(), hash(value)));
            endOtherSessions(actor.userId());
            audit.record("second-factor.enrolled", "user", actor.userId(), null, null,
                    Map.of("username", actor.username(), "recoveryCodes", RECOVERY_CODE_COUNT));
            return new RecoveryCodes(recovery);
        });
    }

    /** Turns the second factor off, proven by a current code or the password; wrong ones count as failed sign-ins. */
    public void turnOff(SecondFactorTurnOff proof) {
        Actor actor = currentActor.require();
        State state = state(actor.userId());
        if (!state.on()) {
            throw new SecondFactorNotOn();
        }
        boolean byCode = proof.code() != null && !proof.code().isBlank();
        if (!byCode && (proof.password() == null || proof.password().isEmpty())) {
            throw new InvalidSecondFactorCode("code", "enter the 6-digit code from your authenticator app, or your password");
        }
        if (byCode && !proof.code().strip().matches("\\d{6}")) {
            // cannot be right, so it tells nothing: refused without counting
            throw new InvalidSecondFactorCode("code", "is 6 digits, from your authenticator app");
        }
        SignInLimit.Attempt attempt = limit.begin(actor.username(), address());
        boolean proven = byCode ? codes.step(state.secret(), proof.code(), state.lastStep()).isPresent()
                : passwordEncoder.matches(proof.password(), state.passwordHash());
        if (!proven) {
            limit.failed(attempt);
            throw byCode ? new InvalidSecondFactorCode("code", "is not the current code from your authenticator app")
                    : new InvalidSecondFactorCode("password", "is not your password");
        }
        limit.abandoned(attempt);
        tx.executeWithoutResult(status -> {
            jdbc.update("delete from recovery_code where user_id = ?", actor.userId());
            jdbc.update("delete from second_factor where user_id = ?", actor.userId());
            endOtherSessions(actor.userId());
            audit.record("second-factor.turned-off", "user", actor.userId(),
                    null, Map.of("username", actor.username()), null);
        });
    }

    /**
     * An administrator removes a person's second factor (a lost phone and lost recovery codes): the person signs in
     * with their password again, and sets up a new one (at once, where their role requires one). Ends their sessions.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(String username) {
        State state = byUsername(username).orElseThrow(() -> new AccountNotFound(username));
        tx.executeWithoutResult(status -> {
            jdbc.update("delete from recovery_code where user_id = ?", state.userId());
            jdbc.update("delete from second_factor where user_id = ?", state.userId());
            UserAccountEntity account = accounts.findById(state.userId()).orElseThrow();
            account.endSessions();
            accounts.flush();
            currentActor.forget();
            audit.record("second-factor.reset", "user", state.userId(), null,
                    Map.of("username", state.username(), "on", state.on()), null);
        });
    }

    /** Whether signing in to this account with a password also takes a code. */
    boolean isOn(String username) {
        return byUsername(username).filter(State::on).isPresent();
    }

    /**
     * Whether the signed-in person must set up a second factor before anything else: their role requires one
     * ({@code mentormatch.security.require-mfa-for}), they have a password, and it is not on yet.
     */
    boolean mustEnrol(Actor actor) {
        if (!requiredFor.contains(actor.role())) {
            return false;
        }
        // every request of such a role asks this: one indexed read, no recovery-code count
        return jdbc.queryForObject("""
                select count(*) from app_user u where u.id = ? and u.password_hash is not null and not exists
                  (select 1 from second_factor f where f.user_id = u.id and f.confirmed_at is not null)""",
                Long.class, actor.userId()) > 0;
    }

    Optional<State> byUsername(String username) {
        return DataAccessUtils.optionalResult(jdbc.query(STATE + "upper(u.username) = upper(?)", SecondFactor::state, username));
    }

    /** Uses a code at sign-in: a TOTP code newer than the last one, or an unused recovery code (then audited). */
    boolean use(State state, String code) {
        OptionalLong step = codes.step(state.secret(), code, state.lastStep());
        if (step.isPresent()) {
            return jdbc.update("update second_factor set last_step = ? where user_id = ? and last_step < ?",
                    step.getAsLong(), state.userId(), step.getAsLong()) == 1;
        }
        if (code == null || code.length() > 40) {
            return false;
        }
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (jdbc.update("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                    Timestamp.from(clock.instant()), state.userId(), hash(code)) != 1) {
                return false;
            }
            audit.record("second-factor.recovery-code-used", "user", state.userId(), null, null,
                    Map.of("username", state.username(), "recoveryCodesLeft", state.recoveryCodesLeft() - 1));
            return true;
        }));
    }

    private State state(long userId) {
        return jdbc.queryForObject(STATE + "u.id = ?", SecondFactor::state, userId);
    }

    private static State state(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        String hash = row.getString("password_hash");
        return new State(row.getLong("id"), row.getString("username"), hash != null, hash, row.getString("secret"),
                row.getTimestamp("confirmed_at") != null, row.getLong("last_step"), row.getInt("codes_left"));
    }

    private SecondFactorEnrolment enrolment(String username, String secret) {
        return new SecondFactorEnrolment(secret, codes.uri(username, secret), codes.qrCode(username, secret));
    }

    /** Sessions signed in before the change end (a borrowed one too); this one carries on. */
    private void endOtherSessions(long userId) {
        UserAccountEntity account = accounts.findById(userId).orElseThrow();
        account.endSessions();
        accounts.flush();
        currentActor.forget();
        SessionStamps.remember(account.getCredentialsVersion());
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }

    /** Recovery codes are compared without case, dashes or spaces, as people type them. */
    static String hash(String code) {
        return Sha256.hex(code.replaceAll("[\s-]", "").toLowerCase(Locale.ROOT));
    }
}
