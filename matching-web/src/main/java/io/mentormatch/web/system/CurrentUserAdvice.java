package io.mentormatch.web.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.account.UserView;

/** Puts the signed-in person into every page's model as {@code me}, for the header and the navigation. */
@ControllerAdvice(basePackages = "io.mentormatch.web")
class CurrentUserAdvice {

    private final UserAccounts accounts;

    CurrentUserAdvice(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("me")
    UserView me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return accounts.me();
    }
}
