package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.system.CurrentActor;
import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.Role;

/** Creates accounts (admins only) and tells a signed-in person who they are. */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentActor currentActor;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                 CurrentActor currentActor) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentActor = currentActor;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserView create(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (accounts.findByUsernameIgnoreCase(user.username()).isPresent()) {
            problems.add(FieldProblem.of("username", "is taken"));
        }
        if (user.role() == Role.DIRECTOR && user.programId() == null) {
            problems.add(FieldProblem.of("programId", "is required for a director"));
        }
        if (user.password() != null) {
            problems.addAll(passwordPolicy.problems("password", user.username(), user.password()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccount(problems);
        }
        String hash = user.password() == null ? null : passwordEncoder.encode(user.password());
        Long programId = user.role() == Role.DIRECTOR ? user.programId() : null;
        return UserView.of(accounts.saveAndFlush(new UserAccount(user.username(), user.displayName(), user.email(),
                hash, user.role(), programId)));
    }

    /** The account of a mentor or resident imported with this e-mail, created without a password when new. */
    @Transactional
    public long accountFor(String email, String displayName, Role role) {
        Optional<UserAccount> existing = accounts.findByUsernameIgnoreCase(email)
                .or(() -> accounts.findByEmailIgnoreCase(email));
        return existing.orElseGet(() -> accounts.saveAndFlush(
                new UserAccount(email.toLowerCase(Locale.ROOT), displayName, email, null, role, null))).getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserView me() {
        return accounts.findById(currentActor.require().userId()).map(UserView::of).orElseThrow();
    }
}
