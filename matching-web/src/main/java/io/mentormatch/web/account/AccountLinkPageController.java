package io.mentormatch.web.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.account.RosterLinks;
import io.mentormatch.api.account.RosterMember;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;

/**
 * The administrator's link between an existing account and an unlinked roster person, which the roster import's
 * report promises for an e-mail that already has an account. {@link RosterLinks} decides; this page asks once more.
 */
@Controller
class AccountLinkPageController {

    private final UserAccounts accounts;
    private final RosterLinks links;
    private final MessageSource messages;

    AccountLinkPageController(UserAccounts accounts, RosterLinks links, MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.links = links;
    }

    @GetMapping("/accounts/{username}/link")
    String candidates(@PathVariable String username, @Valid LinkSearchForm search, BindingResult binding, Model model,
                      HttpServletResponse response) {
        UserView account = accounts.find(username);
        FormErrors errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(account, null, errors.messages(), model);
        }
        return page(account, search.q(), Map.of(), model);
    }

    @PostMapping("/accounts/{username}/link")
    String link(@PathVariable String username, @Valid RosterLinkForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        UserView account = accounts.find(username);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                RosterMember linked = links.link(username, form.toLink()).stream()
                        .filter(m -> m.cohortId() == form.cohortId() && m.code().equals(form.code()))
                        .findFirst().orElseThrow();
                redirect.addFlashAttribute("linked", words("account.link.done", account.displayName(), linked.name(),
                        linked.cohortName(), linked.programName()));
                return "redirect:/accounts/{username}";
            } catch (NotFound e) {
                errors.add("link", words("account.link.gone"));
            } catch (StateConflict e) {
                errors.add("link", words("account.link.refused", e.getMessage()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(account, null, errors.messages(), model);
    }

    private String page(UserView account, String query, Map<String, String> errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("candidates", links.candidates(account.username(), query));
        model.addAttribute("errors", errors);
        return "account/link";
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
