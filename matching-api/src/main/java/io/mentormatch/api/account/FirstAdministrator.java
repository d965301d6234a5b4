package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Role;

/**
 * Creates the first administrator of a new deployment from {@code MENTORMATCH_ADMIN_USERNAME} and
 * {@code MENTORMATCH_ADMIN_PASSWORD} ({@code mentormatch.admin.username}, {@code .password}); every other account is
 * created by an administrator. It happens once: only into a database with no account that never had a first
 * administrator (the audit log, which cannot be rewritten on PostgreSQL, remembers), so the variables may stay set
 * and a renamed or disabled administrator is never recreated. A password that breaks {@link PasswordPolicy} stops
 * the start-up.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String CREATED = "first-admin-created";
    static final String USERNAME = "MENTORMATCH_ADMIN_USERNAME";
    static final String PASSWORD = "MENTORMATCH_ADMIN_PASSWORD";
    /** Any fixed number: instances starting at once take turns on it, so only the first finds the database empty. */
    private static final long LOCK = 0x6d6d_6669_7273_74L;
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       Validator validator, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transactions,
                       @Value("${mentormatch.admin.username}") String username,
                       @Value("${mentormatch.admin.password}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() && password.isEmpty()) {
            if (accounts.count() == 0) {
                log.warn("No account exists yet. Create the first administrator: start once with the environment variables "
                        + "{} and {} (docs/operations.md, \"First administrator\").", USERNAME, PASSWORD);
            }
            return;
        }
        if (create(username, password)) {
            log.info("Created the first administrator, {}; {} and {} are not needed any more.", username, USERNAME, PASSWORD);
        } else {
            log.info("Accounts exist already: {} and {} are not used.", USERNAME, PASSWORD);
        }
    }

    /** Creates the administrator when the database has no account and never had a first one; true when it did. */
    boolean create(String username, String password) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            takeTurns();
            if (accounts.count() > 0 || jdbc.queryForObject(
                    "select count(*) from audit_entry where action = ?", Long.class, CREATED) > 0) {
                return false;
            }
            List<String> problems = problems(username, password);
            if (!problems.isEmpty()) {
                throw new FirstAdministratorRefused(problems);
            }
            UserAccountEntity admin = accounts.saveAndFlush(new UserAccountEntity(username, "Administrator", null,
                    passwordEncoder.encode(password), Role.ADMIN, null));
            audit.record(CREATED, "user", admin.getId(), null, null, UserView.of(admin));
            return true;
        }));
    }

    /** The same rules as for any new account; never the password itself. */
    private List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(USERNAME + " is required");
        } else {
            validator.validateProperty(new NewUser(username, "Administrator", null, null, Role.ADMIN, null), "username")
                    .forEach(violation -> problems.add(USERNAME + ": "
                            + violation.getMessage().replaceFirst("\\.$", "")));
        }
        passwordPolicy.problems(PASSWORD, username, password).stream()
                .map(problem -> problem.field() + " " + problem.message())
                .forEach(problems::add);
        return problems;
    }

    /**
     * On PostgreSQL, several instances may start at once on an empty database: a transaction-scoped advisory lock
     * lets one look and create at a time. The embedded H2 belongs to one process, which locks its file.
     */
    private void takeTurns() {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
        if (postgres) {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
        }
    }
}
