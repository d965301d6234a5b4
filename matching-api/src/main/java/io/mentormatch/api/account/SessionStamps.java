package io.mentormatch.api.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.mentormatch.api.access.CurrentActor;

/**
 * What a session remembers of its account: the credentials version it was signed in with, which
 * {@link AccountSessions} compares with the account's on every request. Set at an interactive sign-in (form or
 * single sign-on, not HTTP Basic, which has no session), after the session id changed and the security context
 * was saved in the session.
 */
@Component
class SessionStamps {

    static final String CREDENTIALS_VERSION = SessionStamps.class.getName() + ".CREDENTIALS_VERSION";

    private final CurrentActor currentActor;

    SessionStamps(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        currentActor.lookup(event.getAuthentication().getName())
                .ifPresent(account -> remember(account.credentialsVersion()));
    }

    /** The session of this request carries on with this credentials version, e.g. after changing its password. */
    static void remember(long credentialsVersion) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(CREDENTIALS_VERSION, credentialsVersion);
            }
        }
    }
}
