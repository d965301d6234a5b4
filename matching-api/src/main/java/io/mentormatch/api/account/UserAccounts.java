package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.token.ApiTokens;

/**
 * Accounts: who may sign in, with which role, and their passwords. Administrators manage every account; a
 * director manages the accounts of the residents and mentors on the rosters of their own program, and may make
 * them residents or mentors but nothing more ({@link ManagedAccounts} draws the line). Password resets are
 * {@link PasswordResets}'. Finding accounts is {@link AccountDirectory}'s. Whatever takes rights away or resets a password also ends the
 * account's open sessions ({@link UserAccountEntity#endSessions()}), and every change is audited.
 */
@Service
public class UserAccounts {

    private static final String AUDITED_TYPE = "user";

    private final UserAccountRepository accounts;
    private final ProgramService programs;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Validator validator;
    private final ApiTokens apiTokens;
    private final ManagedAccounts managed;
    private final RosterLinks rosterLinks;

    UserAccounts(UserAccountRepository accounts, ProgramService programs, PasswordEncoder passwordEncoder,
                 PasswordPolicy passwordPolicy, CurrentActor currentActor, AuditLog audit, Validator validator,
                 ApiTokens apiTokens, ManagedAccounts managed, RosterLinks rosterLinks) {
        this.rosterLinks = rosterLinks;
        this.managed = managed;
        this.accounts = accounts;
        this.programs = programs;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentActor = currentActor;
        this.audit = audit;
        this.validator = validator;
        this.apiTokens = apiTokens;
    }

    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView create(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (accounts.findByUsernameIgnoreCase(user.username()).isPresent()) {
            problems.add(FieldProblem.of("username", "is taken"));
        }
        if (SystemActor.NAME.equalsIgnoreCase(user.username())) {
            problems.add(FieldProblem.of("username", "is reserved"));
        }
        if (user.role() == Role.DIRECTOR && user.programId() == null) {
            problems.add(FieldProblem.of("programId", "is required for a director"));
        }
        if (user.role() == Role.DIRECTOR && user.programId() != null && !programs.exists(user.programId())) {
            problems.add(FieldProblem.of("programId", "is not a program"));
        }
        problems.addAll(managed.emailProblems("email", user.email(), null));
        if (user.password() != null) {
            problems.addAll(passwordPolicy.problems("password", user.username(), user.password()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccount(problems);
        }
        String hash = user.password() == null ? null : passwordEncoder.encode(user.password());
        Long programId = user.role() == Role.DIRECTOR ? user.programId() : null;
        UserAccountEntity saved = accounts.saveAndFlush(new UserAccountEntity(user.username(), user.displayName(),
                user.email(), hash, user.role(), programId));
        UserView created = UserView.of(saved);
        audit.record("account.created", AUDITED_TYPE, created.id(), null, null, created);
        // an imported resident or mentor whose account is made by hand is that roster person (issue 21)
        rosterLinks.linkNew(saved);
        return created;
    }

    /**
     * The account a roster row of this program links to: the account with the row's e-mail as username or e-mail,
     * if it has the row's role and is on no other program's roster; a new account without a password when there
     * is none; null when an account exists that the row may not link to (it stays unlinked: an administrator can
     * link it). A director's import must never hand them an account that another program, or nobody, gave them.
     */
    @Transactional
    public Long accountFor(String email, String displayName, Role role, long programId) {
        Optional<UserAccountEntity> existing = existing(email);
        if (existing.isPresent()) {
            return linkable(existing.get(), role, programId) ? existing.get().getId() : null;
        }
        UserAccountEntity created = accounts.saveAndFlush(
                new UserAccountEntity(email.toLowerCase(Locale.ROOT), displayName, email, null, role, null));
        audit.record("account.created", AUDITED_TYPE, created.getId(), null, null, UserView.of(created));
        return created.getId();
    }

    /** Whether a roster row of this program with this e-mail would stay unlinked (see {@link #accountFor}). */
    @Transactional(readOnly = true)
    public boolean staysUnlinked(String email, Role role, long programId) {
        return existing(email).filter(account -> !linkable(account, role, programId)).isPresent();
    }

    private Optional<UserAccountEntity> existing(String email) {
        return accounts.findByUsernameIgnoreCase(email).or(() -> accounts.findByEmailIgnoreCase(email));
    }

    private boolean linkable(UserAccountEntity account, Role role, long programId) {
        return account.getRole() == role && !accounts.isOnRosterOutside(account.getId(), programId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserView me() {
        return accounts.findById(currentActor.require().userId()).map(UserView::of).orElseThrow();
    }

    /** One account the signed-in admin or director manages. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public UserView find(String username) {
        return UserView.of(managed.managed(username));
    }

    /**
     * Applies a merge patch. Disabling, a new role or a new program ends the account's open sessions; the last
     * enabled administrator can be neither disabled nor demoted.
     */
    @Transactional
    @PreAuthorize("@access.isManager()")
    public UserView update(String username, AccountPatch patch) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(patch).forEach(v -> problems.add(FieldProblem.of(
                v.getPropertyPath().toString().replaceAll("<[^>]*>", ""), v.getMessage())));
        if (!problems.isEmpty()) {
            throw new InvalidAccountChange(problems);
        }
        boolean takesAdminRights = Boolean.FALSE.equals(patch.enabled()) || patch.role() != null && patch.role() != Role.ADMIN;
        List<UserAccountEntity> admins = takesAdminRights ? accounts.lockEnabledAdministrators() : List.of();
        UserAccountEntity account = managed.managed(username);
        Actor actor = currentActor.require();
        Role role = Objects.requireNonNullElse(patch.role(), account.getRole());
        Long programId = patch.programId() == null ? account.getProgramId() : patch.programId().orElse(null);
        if (role != Role.DIRECTOR && patch.programId() == null) {
            programId = null;
        }
        if (!actor.is(Role.ADMIN) && role != Role.MENTOR && role != Role.RESIDENT) {
            problems.add(FieldProblem.of("role", "a director may only make an account a resident or a mentor"));
        }
        if (!actor.is(Role.ADMIN) && patch.programId() != null) {
            problems.add(FieldProblem.of("programId", "only an administrator assigns programs"));
        }
        if (role == Role.DIRECTOR && programId == null) {
            problems.add(FieldProblem.of("programId", "is required for a director"));
        } else if (role != Role.DIRECTOR && programId != null) {
            problems.add(FieldProblem.of("programId", "only a director's account names a program; residents and "
                    + "mentors belong to programs through their rosters"));
        } else if (programId != null && !programs.exists(programId)) {
            problems.add(FieldProblem.of("programId", "is not a program"));
        }
        if (patch.email() != null && patch.email().isPresent()) {
            problems.addAll(managed.emailProblems("email", patch.email().get(), account.getId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountChange(problems);
        }
        boolean enabled = Objects.requireNonNullElse(patch.enabled(), account.isEnabled());
        if (admins.contains(account) && !(enabled && role == Role.ADMIN) && admins.size() == 1) {
            throw new LastAdministrator();
        }
        UserView before = UserView.of(account);
        account.setEnabled(enabled);
        account.setRole(role);
        account.setProgramId(programId);
        if (patch.displayName() != null) {
            account.setDisplayName(patch.displayName().strip());
        }
        if (patch.email() != null) {
            account.setEmail(patch.email().map(String::strip).filter(e -> !e.isEmpty()).orElse(null));
        }
        UserView after = UserView.of(account);
        if (before.enabled() != after.enabled() || before.role() != after.role()
                || !Objects.equals(before.programId(), after.programId())) {
            account.endSessions();
        }
        accounts.flush();
        if (before.enabled() && !after.enabled()) {
            apiTokens.revokeAll(after.id(), "account disabled");
        }
        record(before, after);
        currentActor.forget();
        return UserView.of(account);
    }

    private void record(UserView before, UserView after) {
        if (before.enabled() != after.enabled()) {
            audit.record(after.enabled() ? "account.enabled" : "account.disabled", AUDITED_TYPE, after.id(), null, before, after);
        }
        if (before.role() != after.role()) {
            audit.record("account.role-changed", AUDITED_TYPE, after.id(), null, before, after);
        }
        if (!Objects.equals(before.programId(), after.programId())) {
            audit.record("account.program-changed", AUDITED_TYPE, after.id(), null, before, after);
        }
        if (!Objects.equals(before.displayName(), after.displayName()) || !Objects.equals(before.email(), after.email())) {
            audit.record("account.details-changed", AUDITED_TYPE, after.id(), null, before, after);
        }
    }

    /**
     * The signed-in person chooses a new password, proving the current one. Their other sessions end; the
     * session of this request, if any, carries on (API page or client alike).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(PasswordChange change) {
        UserAccountEntity account = accounts.findById(currentActor.require().userId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (account.getPasswordHash() == null) {
            problems.add(FieldProblem.of("currentPassword", "your account signs in through single sign-on and has no password here"));
        } else if (change.currentPassword() == null || !passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            problems.add(FieldProblem.of("currentPassword", "is not your current password"));
        } else if (change.currentPassword().equals(change.newPassword())) {
            problems.add(FieldProblem.of("newPassword", "must differ from the current password"));
        }
        problems.addAll(passwordPolicy.problems("newPassword", account.getUsername(), change.newPassword()));
        if (!problems.isEmpty()) {
            throw new InvalidAccountChange(problems);
        }
        account.setPassword(passwordEncoder.encode(change.newPassword()), false, null);
        account.endSessions();
        accounts.flush();
        audit.record("account.password-changed", AUDITED_TYPE, account.getId(), null, null,
                Map.of("username", account.getUsername()));
        currentActor.forget();
        SessionStamps.remember(account.getCredentialsVersion());
    }
}
