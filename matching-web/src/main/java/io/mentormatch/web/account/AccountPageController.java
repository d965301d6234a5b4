package io.mentormatch.web.account;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.mentormatch.api.account.AccountDirectory;
import io.mentormatch.api.account.AccountPatch;
import io.mentormatch.api.account.AccountHasEmail;
import io.mentormatch.api.account.LastAdministrator;
import io.mentormatch.api.account.NoEmailAddress;
import io.mentormatch.api.account.PasswordResets;
import io.mentormatch.api.account.RosterLinks;
import io.mentormatch.api.account.TemporaryPassword;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.access.Role;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.FormErrors;

/**
 * The accounts page: administrators see and manage every account; a director sees the residents and mentors of
 * their program's rosters, the same page scoped by {@link UserAccounts}. Every form binds a validated record and
 * answers bad values with field messages (400), never an error page.
 */
@Controller
class AccountPageController {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UserAccounts accounts;
    private final AccountDirectory directory;
    private final ProgramService programs;
    private final AccessPolicy access;
    private final PasswordResets resets;
    private final RosterLinks rosterLinks;
    private final MessageSource messages;

    AccountPageController(UserAccounts accounts, AccountDirectory directory, ProgramService programs, AccessPolicy access,
                          PasswordResets resets, RosterLinks rosterLinks, MessageSource messages) {
        this.rosterLinks = rosterLinks;
        this.messages = messages;
        this.accounts = accounts;
        this.resets = resets;
        this.directory = directory;
        this.programs = programs;
        this.access = access;
    }

    @GetMapping("/accounts")
    String list(@Valid @ModelAttribute("search") AccountSearchForm search, BindingResult result, Model model,
                HttpServletResponse response) {
        FormErrors errors = FormErrors.of(result);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("searchErrors", errors.messages());
        // a value that could not be bound leaves no form object: show and run the empty search beside the messages
        model.addAttribute("search", errors.isEmpty() ? search : AccountSearchForm.NONE);
        return listPage(errors.isEmpty() ? search : AccountSearchForm.NONE, NewAccountForm.EMPTY, Map.of(), model);
    }

    @PostMapping("/accounts")
    String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
                  HttpServletResponse response) {
        requireAdministrator();
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty()) {
            try {
                UserView created = accounts.create(form.toNewUser());
                // the first password reaches its owner: a link by e-mail, or, without one, a temporary password
                if (created.email() != null) {
                    resets.sendLink(created.username());
                    return "redirect:/accounts/" + created.username() + "?linkSent";
                }
                return temporaryPassword(resets.revealTemporaryPassword(created.username()), true, model);
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("searchErrors", Map.of());
        return listPage(AccountSearchForm.NONE, form, errors.messages(), model);
    }

    @GetMapping("/accounts/{username}")
    String account(@PathVariable String username, Model model) {
        UserView account = accounts.find(username);
        return accountPage(account, AccountForm.of(account), Map.of(), model);
    }

    @PostMapping("/accounts/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, HttpServletResponse response) {
        UserView account = accounts.find(username);
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty() && save(username, form.toPatch(access.isAdmin()), "role", errors)) {
            return "redirect:/accounts/{username}?saved";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return accountPage(account, form, errors.messages(), model);
    }

    @PostMapping("/accounts/{username}/enabled")
    String enable(@PathVariable String username, @Valid @ModelAttribute("enabledForm") EnabledForm form,
                  BindingResult result, Model model, HttpServletResponse response,
                  @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed) {
        UserView account = accounts.find(username);
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty() && !form.enabled() && account.enabled() && !Confirmation.given(confirmed)) {
            return disabling(account).show(model);
        }
        if (errors.isEmpty() && save(username, new AccountPatch(form.enabled(), null, null, null, null), "enabled", errors)) {
            return "redirect:/accounts/{username}?" + (form.enabled() ? "enabled" : "disabled");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return accountPage(account, AccountForm.of(account), errors.messages(), model);
    }

    private Confirmation disabling(UserView account) {
        return new Confirmation(words("account.disabling.title", account.displayName(), account.username()), List.of(
                words("account.disabling.signIn", account.displayName()),
                words("account.disabling.kept"),
                words("account.disabling.again")),
                "/accounts/" + account.username() + "/enabled", Map.of("enabled", "false"),
                words("account.disabling.confirm", account.displayName()), "/accounts/" + account.username(), null);
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The link goes to the person's own e-mail address; whoever resets never sees it. */
    @PostMapping("/accounts/{username}/password-reset")
    String resetPassword(@PathVariable String username, Model model, HttpServletResponse response) {
        UserView account = accounts.find(username);
        try {
            resets.sendLink(username);
            return "redirect:/accounts/{username}?linkSent";
        } catch (NoEmailAddress e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return accountPage(account, AccountForm.of(account), Map.of("reset", words("account.reset.noEmail")), model);
        }
    }

    /**
     * For a person without e-mail, by an administrator: shown once, in this answer only (no redirect, and Spring
     * Security marks every answer no-store).
     */
    @PostMapping("/accounts/{username}/temporary-password")
    String revealTemporaryPassword(@PathVariable String username, Model model, HttpServletResponse response) {
        requireAdministrator();
        UserView account = accounts.find(username);
        try {
            return temporaryPassword(resets.revealTemporaryPassword(username), false, model);
        } catch (AccountHasEmail e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return accountPage(account, AccountForm.of(account), Map.of("reset", words("account.reset.hasEmail")), model);
        }
    }

    private boolean save(String username, AccountPatch patch, String conflictField, FormErrors errors) {
        try {
            accounts.update(username, patch);
            return true;
        } catch (InvalidInput e) {
            errors.add(e);
        } catch (LastAdministrator e) {
            errors.add(conflictField, e.getMessage());
        }
        return false;
    }

    private String listPage(AccountSearchForm search, NewAccountForm newAccount, Map<String, String> newAccountErrors,
                            Model model) {
        Page<UserView> page = directory.search(search.toSearch(), PageRequest.of(search.pageNumber(), PAGE_SIZE));
        if (!model.containsAttribute("search")) {
            model.addAttribute("search", search);
        }
        model.addAttribute("page", page);
        model.addAttribute("newAccount", newAccount);
        model.addAttribute("newAccountErrors", newAccountErrors);
        addChoices(model);
        return "account/accounts";
    }

    private String accountPage(UserView account, AccountForm form, Map<String, String> errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("memberships", rosterLinks.of(account.username()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model);
        return "account/account";
    }

    /** The roles and programs the signed-in person may give an account: all for an administrator. */
    private void addChoices(Model model) {
        boolean admin = access.isAdmin();
        model.addAttribute("admin", admin);
        model.addAttribute("roles", roles(admin));
        model.addAttribute("programs", programNames());
    }

    private String temporaryPassword(TemporaryPassword password, boolean created, Model model) {
        model.addAttribute("temporary", password);
        model.addAttribute("expires", EXPIRES.format(password.expiresAt()));
        model.addAttribute("created", created);
        return "account/temporary-password";
    }

    private Map<Long, String> programNames() {
        return programs.list().stream().collect(Collectors.toMap(ProgramView::id, ProgramView::name,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Role> roles(boolean admin) {
        return admin ? List.of(Role.values()) : List.of(Role.RESIDENT, Role.MENTOR);
    }

    private void requireAdministrator() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("only administrators create accounts");
        }
    }
}
