package io.mentormatch.web.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.start.StartService;

/**
 * Puts the signed-in person into every page's model as {@code me}, and the number of their to-dos as
 * {@code toDoCount}, for the header and the navigation.
 */
@ControllerAdvice(basePackages = "io.mentormatch.web")
class CurrentUserAdvice {

    private final UserAccounts accounts;
    private final StartService start;

    CurrentUserAdvice(UserAccounts accounts, StartService start) {
        this.accounts = accounts;
        this.start = start;
    }

    @ModelAttribute("me")
    UserView me() {
        return signedIn() ? accounts.me() : null;
    }

    /** Only residents and mentors have to-dos ({@link StartService#myToDos()} answers none for the others). */
    @ModelAttribute("toDoCount")
    int toDoCount() {
        return signedIn() ? start.myToDos().size() : 0;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
    }
}
