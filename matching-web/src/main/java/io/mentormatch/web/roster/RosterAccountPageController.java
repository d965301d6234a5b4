package io.mentormatch.web.roster;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.account.RosterAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.problem.StateConflict;

/**
 * "Create an account" beside a resident or mentor on the roster: the director gives the person a resident's or a
 * mentor's account (which one follows from the roster, never a director's or an administrator's), linked to them,
 * and an e-mail invites them to set a password, as when an administrator creates it.
 */
@Controller
class RosterAccountPageController {

    private final RosterAccounts accounts;
    private final MessageSource messages;

    RosterAccountPageController(RosterAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @PostMapping("/cohorts/{id}/roster/residents/{resident}/account")
    String resident(@PathVariable long id, @PathVariable String resident, RedirectAttributes redirect) {
        return create(id, Role.RESIDENT, resident, redirect);
    }

    @PostMapping("/cohorts/{id}/roster/mentors/{mentor}/account")
    String mentor(@PathVariable long id, @PathVariable String mentor, RedirectAttributes redirect) {
        return create(id, Role.MENTOR, mentor, redirect);
    }

    private String create(long id, Role role, String code, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            UserView account = accounts.create(id, role, code);
            redirect.addFlashAttribute("saved", messages.getMessage(account.passwordSet() ? "roster.account.linked"
                    : "roster.account.invited", new Object[] {account.displayName()}, locale));
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", messages.getMessage("roster.account.refused",
                    new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/cohorts/" + id + "/roster";
    }
}
