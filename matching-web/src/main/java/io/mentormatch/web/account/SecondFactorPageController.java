package io.mentormatch.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.account.SecondFactor;
import io.mentormatch.api.account.SecondFactorSignIn;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;

/**
 * A person's second factor: set it up (QR code, the key for typing in, one code to confirm), see the recovery codes
 * once, turn it off with a code or the password; and the code page of a sign-in whose password was right.
 * Where a role requires a second factor, its people are sent to the set-up page until it is on.
 */
@Controller
class SecondFactorPageController {

    private static final String PAGE = "account/second-factor";

    private final SecondFactor secondFactor;
    private final SecondFactorSignIn signIn;
    private final MessageSource messages;

    SecondFactorPageController(SecondFactor secondFactor, SecondFactorSignIn signIn, MessageSource messages) {
        this.messages = messages;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
    }

    /** Only while a sign-in waits for its code; else back to where the person belongs. */
    @GetMapping("/login/code")
    String codePage(HttpServletRequest request, Model model) {
        if (!signIn.waitsForCode(request)) {
            return model.getAttribute("me") == null ? "redirect:/login" : "redirect:/";
        }
        return "login-code";
    }

    @GetMapping("/account/second-factor")
    String page(Model model) {
        return show(model, FormErrors.none());
    }

    @PostMapping("/account/second-factor/start")
    String start(RedirectAttributes redirect) {
        try {
            secondFactor.start();
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", words("factor.problem.alreadyOn"));
        }
        return "redirect:/account/second-factor";
    }

    @PostMapping("/account/second-factor/confirm")
    String confirm(@Valid @ModelAttribute CodeForm form, BindingResult result, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("recoveryCodes", secondFactor.confirm(form.toCode()).codes());
                return "account/recovery-codes";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                redirect.addFlashAttribute("problem", words("factor.problem.startAgain"));
                return "redirect:/account/second-factor";
            }
        }
        errors.show(model, response);
        return show(model, errors);
    }

    @PostMapping("/account/second-factor/off")
    String turnOff(@Valid @ModelAttribute TurnOffForm form, BindingResult result, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty()) {
            try {
                secondFactor.turnOff(form.toTurnOff());
                return "redirect:/account/second-factor?off";
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (AuthenticationException e) {
                errors.add("code", words("factor.tooMany"));
            } catch (StateConflict e) {
                redirect.addFlashAttribute("problem", words("factor.problem.alreadyOff"));
                return "redirect:/account/second-factor";
            }
        }
        errors.show(model, response);
        return show(model, errors);
    }

    private String show(Model model, FormErrors errors) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", errors.messages());
        }
        model.addAttribute("status", secondFactor.status());
        secondFactor.started().ifPresent(enrolment -> {
            model.addAttribute("enrolment", enrolment);
            // in groups of four, as people copy it into an app by hand
            model.addAttribute("key", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        });
        return PAGE;
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
