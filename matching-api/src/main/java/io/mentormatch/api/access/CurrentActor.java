package io.mentormatch.api.access;

import java.util.Optional;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting in this request: the one place that maps the security context to an account. The account is
 * looked up once per HTTP request, however many access checks the request makes, and without JPA or a
 * transaction of its own: almost every request makes this read, and it is a single statement. The same read
 * tells the session check whether the account is still enabled and still has the credentials its session was
 * signed in with, so rights always come from the account as it is now, never from what a session remembers.
 */
@Component
public class CurrentActor {

    private static final String CACHE = CurrentActor.class.getName();
    private static final String ACCOUNT = """
            select id, username, role, program_id, enabled, credentials_version, password_change_required
            from app_user where\s""";
    private static final String BY_USERNAME = ACCOUNT + "upper(username) = upper(?)";

    private final JdbcTemplate jdbc;

    CurrentActor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in person, if their account exists and is enabled. */
    public Optional<Actor> find() {
        return account().filter(Account::enabled).map(Account::actor);
    }

    /** The account of the signed-in person as it is now, enabled or not. */
    public Optional<Account> account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String name = authentication.getName();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Resolved resolved
                && resolved.name().equals(name)) {
            return resolved.account();
        }
        Optional<Account> account = lookup(name);
        if (request != null) {
            request.setAttribute(CACHE, new Resolved(name, account), RequestAttributes.SCOPE_REQUEST);
        }
        return account;
    }

    /** The account a principal name stands for, read now (not cached): e.g. at the moment of signing in. */
    public Optional<Account> lookup(String name) {
        // every sign-in names the person by their username, single sign-on too (OidcAccounts)
        return DataAccessUtils.optionalResult(jdbc.query(BY_USERNAME, (row, n) -> new Account(
                new Actor(row.getLong("id"), row.getString("username"), Role.valueOf(row.getString("role")),
                        row.getObject("program_id", Long.class)),
                row.getBoolean("enabled"), row.getLong("credentials_version"),
                row.getBoolean("password_change_required")), name));
    }

    /** Forgets the account read in this request, after the request itself changed it. */
    public void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The actor's username, or "system" for work done outside a request (scheduled jobs). */
    public String name() {
        return find().map(Actor::username).orElse(SystemActor.NAME);
    }

    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /**
     * An account as the security checks need it.
     *
     * @param credentialsVersion bumped whenever open sessions of the account must end
     * @param passwordChangeRequired set by a password reset until the user chooses a new password
     */
    public record Account(Actor actor, boolean enabled, long credentialsVersion, boolean passwordChangeRequired) {
    }

    private record Resolved(String name, Optional<Account> account) {
    }
}
