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
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.web.system.FormErrors;

/**
 * Every person's "Change password" page, also where a person whose password was reset is sent until they chose a
 * new one ({@code mentormatch.security.password-change-page}). Passwords are never shown back in the form.
 */
@Controller
class PasswordPageController {

    private final UserAccounts accounts;

    PasswordPageController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String page(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute PasswordForm form, BindingResult result, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty() && !form.newPassword().equals(form.confirmation())) {
            errors.add("confirmation", "does not match the new password");
        }
        if (errors.isEmpty()) {
            try {
                accounts.changeOwnPassword(form.toChange());
                return "redirect:/account/password?changed";
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", errors.messages());
        return "account/password";
    }
}
