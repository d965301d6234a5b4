package io.mentormatch.api.system;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in this request: the one place that maps the security context to an account. */
@Component
public class CurrentActor {

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
        return accounts.findByUsernameIgnoreCase(authentication.getName())
                .or(() -> accounts.findByEmailIgnoreCase(authentication.getName()))
                .filter(UserAccount::isEnabled).map(Actor::of);
    }

    /** The actor, or "system" for work done outside a request (scheduled jobs). */
    public String name() {
        return find().map(Actor::username).orElse("system");
    }

    public Actor require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
