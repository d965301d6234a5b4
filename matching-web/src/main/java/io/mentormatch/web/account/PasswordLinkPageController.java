package io.mentormatch.web.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.account.NewPasswordByLink;
import io.mentormatch.api.account.PasswordLinkExpired;
import io.mentormatch.api.account.PasswordLinkState;
import io.mentormatch.api.account.PasswordLinkUnknown;
import io.mentormatch.api.account.PasswordLinkUsed;
import io.mentormatch.api.account.PasswordResets;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.web.system.FormErrors;

/**
 * The page a mailed link opens to set a password ({@link PasswordResets}). It needs no sign-in: the link's token is
 * the proof. An expired, used or unknown link gets a plain sentence saying what to do instead of the form.
 */
@Controller
class PasswordLinkPageController {

    private static final int MAX_TOKEN = 100;

    private final PasswordResets resets;

    PasswordLinkPageController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping(PasswordResets.SET_PASSWORD_PATH + "{token}")
    String page(@PathVariable String token, Model model) {
        return page(token, state(token), Map.of(), model);
    }

    @PostMapping(PasswordResets.SET_PASSWORD_PATH + "{token}")
    String set(@PathVariable String token, @Valid @ModelAttribute SetPasswordForm form, BindingResult result, Model model,
               HttpServletResponse response) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty() && !form.newPassword().equals(form.confirmation())) {
            errors.add("confirmation", "does not match the new password");
        }
        PasswordLinkState state = state(token);
        if (errors.isEmpty() && state == PasswordLinkState.VALID) {
            try {
                resets.setPassword(new NewPasswordByLink(token, form.newPassword()));
                return "redirect:/login?passwordSet";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (PasswordLinkExpired | PasswordLinkUsed | PasswordLinkUnknown e) {
                state = state(token);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(token, state, errors.messages(), model);
    }

    private PasswordLinkState state(String token) {
        return token.length() > MAX_TOKEN ? PasswordLinkState.UNKNOWN : resets.state(token);
    }

    private static String page(String token, PasswordLinkState state, Map<String, String> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("state", state.name());
        model.addAttribute("errors", errors);
        return "account/set-password";
    }
}
