package io.mentormatch.api.system;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting in this request: the one place that maps the security context to an account. The account is
 * looked up once per HTTP request, however many access checks the request makes.
 */
@Component
public class CurrentActor {

    private static final String CACHE = CurrentActor.class.getName();

    private final UserAccountRepository accounts;

    CurrentActor(UserAccountRepository accounts) {
        this.accounts = accounts;
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
        Optional<Actor> actor = accounts.findByUsernameIgnoreCase(name)
                .or(() -> accounts.findByEmailIgnoreCase(name))
                .filter(UserAccount::isEnabled)
                .map(Actor::of);
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

    private record Resolved(String name, Optional<Actor> actor) {
    }
}
