package io.mentormatch.api.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.access.Role;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.ProgramService;

/**
 * The directors of a program as an identity provider's group holds them (SCIM Groups, issue 23). Joining makes an
 * account a director of the program; leaving makes it a resident again, with no program: neither deletes the account
 * nor touches its history. A group never gives an account a second program: an account that directs another program,
 * or is on another program's roster, is refused. Administrators' and deleted accounts are out of reach, as for SCIM
 * Users ({@link ProvisionedAccounts}). Every change goes through {@link UserAccounts#update}, which ends the
 * account's sessions and audits the new role; joining and leaving are audited in the program's name as well.
 */
@Service
public class DirectorGroups {

    private static final String AUDITED_TYPE = "user";

    /** A program, as a group names it. */
    public record Program(long id, String name) {
    }

    private final ProgramService programs;
    private final ProvisionedAccounts provisioned;
    private final UserAccountRepository accounts;
    private final UserAccounts userAccounts;
    private final AuditLog audit;

    DirectorGroups(ProgramService programs, ProvisionedAccounts provisioned, UserAccountRepository accounts,
                   UserAccounts userAccounts, AuditLog audit) {
        this.programs = programs;
        this.provisioned = provisioned;
        this.accounts = accounts;
        this.userAccounts = userAccounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<Program> program(long programId) {
        return programs.find(programId).map(program -> new Program(program.id(), program.name()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<Program> programNamed(String name) {
        return programs.named(name).map(program -> new Program(program.id(), program.name()));
    }

    /** The program's directors, enabled or not, by id; never an administrator or a deleted account. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public List<UserView> directorsOf(long programId) {
        return accounts.findByRoleAndProgramIdAndDeprovisionedAtIsNullOrderById(Role.DIRECTOR, programId).stream()
                .map(UserView::of).toList();
    }

    /** Makes the account a director of the program; nothing when it is one already. */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView join(long accountId, Program program) {
        UserView account = provisioned.find(accountId).orElseThrow(() -> new AccountNotFound("#" + accountId));
        if (account.role() == Role.DIRECTOR && Long.valueOf(program.id()).equals(account.programId())) {
            return account;
        }
        if (account.role() == Role.DIRECTOR) {
            throw new SecondProgramRefused(account.displayName() + " directs another program; take them out of that "
                    + "program's directors group first.");
        }
        if (accounts.isOnRosterOutside(account.id(), program.id())) {
            throw new SecondProgramRefused(account.displayName() + " is on the roster of another program, and an "
                    + "account belongs to one program only.");
        }
        UserView joined = userAccounts.update(account.username(),
                new AccountPatch(null, Role.DIRECTOR, Optional.of(program.id()), null, null));
        audit.record("account.directors-group-joined", AUDITED_TYPE, accountId, null, null,
                Map.of("username", account.username(), "program", program.name()));
        return joined;
    }

    /** Takes the director role of this program back: the account becomes a resident with no program. */
    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public UserView leave(long accountId, Program program) {
        UserView account = provisioned.find(accountId).orElseThrow(() -> new AccountNotFound("#" + accountId));
        if (account.role() != Role.DIRECTOR || !Long.valueOf(program.id()).equals(account.programId())) {
            return account;
        }
        UserView left = userAccounts.update(account.username(),
                new AccountPatch(null, Role.RESIDENT, Optional.empty(), null, null));
        audit.record("account.directors-group-left", AUDITED_TYPE, accountId, null, null,
                Map.of("username", account.username(), "program", program.name()));
        return left;
    }
}
