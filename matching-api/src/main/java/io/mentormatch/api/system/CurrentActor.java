package io.mentormatch.api.system;

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
 * transaction of its own: almost every request makes this read, and it is a single statement.
 */
@Component
public class CurrentActor {

    private static final String CACHE = CurrentActor.class.getName();
    private static final String BY_USERNAME =
            "select id, username, role, program_id, enabled from app_user where upper(username) = upper(?)";

    private final JdbcTemplate jdbc;

    CurrentActor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String name = authentication.getName();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Resolved resolved
                && resolved.name().equals(name)) {
            return resolved.actor();
        }
        // every sign-in names the person by their username, single sign-on too (OidcAccounts)
        Optional<Actor> actor = account(name).filter(Account::enabled).map(Account::actor);
        if (request != null) {
            request.setAttribute(CACHE, new Resolved(name, actor), RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** The actor's username, or "system" for work done outside a request (scheduled jobs). */
    public String name() {
        return find().map(Actor::username).orElse(SystemActor.NAME);
    }

    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private Optional<Account> account(String name) {
        return DataAccessUtils.optionalResult(jdbc.query(BY_USERNAME, (row, n) -> new Account(
                new Actor(row.getLong("id"), row.getString("username"), Role.valueOf(row.getString("role")),
                        row.getObject("program_id", Long.class)),
                row.getBoolean("enabled")), name));
    }

    private record Account(Actor actor, boolean enabled) {
    }

    private record Resolved(String name, Optional<Actor> actor) {
    }
}
