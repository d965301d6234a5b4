package io.mentormatch.web.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.mentormatch.api.account.AccountDisabled;
import io.mentormatch.api.account.DisabledAccountHelp;
import io.mentormatch.api.account.OidcProviders;

/**
 * The sign-in form, and a "Sign in with ..." link per configured identity provider; Spring Security handles the
 * POST to /login, the CSRF token and single sign-on, and comes back here with ?error when a sign-in fails.
 */
@Controller
class LoginPageController {

    private final OidcProviders providers;
    private final DisabledAccountHelp disabledHelp;

    LoginPageController(OidcProviders providers, DisabledAccountHelp disabledHelp) {
        this.providers = providers;
        this.disabledHelp = disabledHelp;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("signInError", signInError(request));
        model.addAttribute("disabledDirectors", disabledDirectors(request));
        return "login";
    }

    /**
     * Whom the person whose right password met a disabled account should ask: their program's directors, or none
     * (the page then names the administrator). Spring Security keeps the refusal in this browser's session only.
     */
    private List<String> disabledDirectors(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AccountDisabled refusal ? disabledHelp.directorsOf(refusal) : List.of();
    }

    /**
     * "password" for a failed form sign-in, else the error code single sign-on failed with: the page explains the
     * codes the account check refuses with (OidcAccounts) and says no more about the others.
     */
    private static String signInError(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof OAuth2AuthenticationException refusal ? refusal.getError().getErrorCode() : "password";
    }
}
