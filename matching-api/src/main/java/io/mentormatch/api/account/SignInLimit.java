package io.mentormatch.api.account;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.text.Sha256;

/**
 * Limits password guessing, cluster-wide (table {@code sign_in_failure}): at most {@code per-account} wrong
 * passwords for one account from any address, and {@code per-address} from one client address for any accounts,
 * within any sliding {@code window}. Beyond that, attempts are refused before the password is checked (so a
 * refusal tells nothing about the password) until the oldest counted failure leaves the window, or until an
 * administrator lifts the account's lock. A right password clears the account's failures.
 *
 * <p>Each attempt is written as a failure before its password is checked and counted including itself; a right
 * password removes it again. So parallel guesses see each other and no burst gets more checks than the limit.
 */
@Service
public class SignInLimit {

    private static final String ACCOUNT = "select id, username from app_user where upper(username) = upper(?)";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInLimit(JdbcTemplate jdbc, AuditLog audit, Clock clock,
                @Value("${mentormatch.security.sign-in-limit.per-account:5}") int perAccount,
                @Value("${mentormatch.security.sign-in-limit.per-address:50}") int perAddress,
                @Value("${mentormatch.security.sign-in-limit.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** An attempt let through to the password check; it counts as a failure until {@link #succeeded}. */
    record Attempt(long id, String accountKey, Optional<Account> account, String address, int accountFailures,
                   int addressFailures) {
    }

    /** The account a user name signs in to: the same lookup, ignoring case, as the password check makes. */
    record Account(long id, String username) {
    }

    /** The state an audit entry records. */
    record Failures(String username, int failures, Duration window, String lastAddress) {
    }

    /**
     * Lets an attempt through to the password check, or refuses it.
     *
     * @param address the client address as the servlet container believes it (trusted proxies only)
     * @throws SignInLimitReached when the account or the address has too many recent failures
     */
    Attempt begin(String username, String address) {
        Optional<Account> account = account(username);
        String accountKey = accountKey(account.map(Account::username).orElse(username));
        String addressKey = key("address\n" + address);
        Instant now = clock.instant();
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into sign_in_failure (account_key, address_key, failed_at) values (?, ?, ?)", new String[] {"id"});
            insert.setString(1, accountKey);
            insert.setString(2, addressKey);
            insert.setTimestamp(3, Timestamp.from(now));
            return insert;
        }, id);
        long attemptId = id.getKey().longValue();
        Timestamp since = Timestamp.from(now.minus(window));
        int[] counts = jdbc.queryForObject("""
                select count(case when account_key = ? then 1 end), count(case when address_key = ? then 1 end)
                from sign_in_failure where failed_at > ? and (account_key = ? or address_key = ?)""",
                (row, n) -> new int[] {row.getInt(1), row.getInt(2)}, accountKey, addressKey, since, accountKey, addressKey);
        if (counts[0] > perAccount || counts[1] > perAddress) {
            jdbc.update("delete from sign_in_failure where id = ?", attemptId);
            Duration accountWait = wait("account_key", accountKey, perAccount, now);
            Duration addressWait = wait("address_key", addressKey, perAddress, now);
            throw new SignInLimitReached(accountWait.compareTo(addressWait) > 0 ? accountWait : addressWait);
        }
        return new Attempt(attemptId, accountKey, account, address, counts[0], counts[1]);
    }

    /** The password was right: the account's failures are forgotten. */
    void succeeded(Attempt attempt) {
        jdbc.update("delete from sign_in_failure where account_key = ?", attempt.accountKey());
    }

    /** The password was not checked (e.g. a disabled account): the attempt does not count. */
    void abandoned(Attempt attempt) {
        jdbc.update("delete from sign_in_failure where id = ?", attempt.id());
    }

    /** The password was wrong: the attempt stays counted; the failure that reaches a limit is audited, once. */
    @Transactional
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where failed_at <= ?", Timestamp.from(now.minus(window)));
        if (attempt.accountFailures() == perAccount) {
            attempt.account().ifPresent(account -> audit.record("account.sign-in-limit-reached", "account",
                    account.id(), null, null, new Failures(account.username(), perAccount, window, attempt.address())));
        }
        if (attempt.addressFailures() == perAddress) {
            audit.record("sign-in.address-limit-reached", "address", attempt.address(), null, null,
                    new Failures(null, perAddress, window, attempt.address()));
        }
    }

    /** An administrator lets the account sign in again at once (its client addresses may still be limited). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void lift(String username) {
        Account account = account(username).orElseThrow(() -> new AccountNotFound(username));
        int cleared = jdbc.update("delete from sign_in_failure where account_key = ?", accountKey(account.username()));
        audit.record("account.sign-in-lock-lifted", "account", account.id(), null,
                new Failures(account.username(), cleared, window, null), new Failures(account.username(), 0, window, null));
    }

    private Optional<Account> account(String username) {
        return DataAccessUtils.optionalResult(jdbc.query(ACCOUNT,
                (row, n) -> new Account(row.getLong("id"), row.getString("username")), username));
    }

    /** How long until the failures under this key fall below the limit again. */
    private Duration wait(String column, String key, int limit, Instant now) {
        List<Timestamp> recent = jdbc.queryForList("select failed_at from sign_in_failure where " + column
                        + " = ? and failed_at > ? order by failed_at desc fetch first ? rows only",
                Timestamp.class, key, Timestamp.from(now.minus(window)), limit);
        return recent.size() < limit ? Duration.ZERO
                : Duration.between(now, recent.get(limit - 1).toInstant().plus(window));
    }

    private static String accountKey(String username) {
        return key("account\n" + username.toLowerCase(Locale.ROOT));
    }

    private static String key(String value) {
        return Sha256.hex(value);
    }
}
