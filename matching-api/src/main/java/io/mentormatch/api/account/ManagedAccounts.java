package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.access.Role;

/**
 * Whose account the signed-in person may change, and which e-mail addresses they may give it. An administrator
 * manages every account. A director manages a resident's or mentor's account only when every roster it is on
 * belongs to the director's program: an account shared with another program is that program's too, and one
 * director taking it over (a reset, a new e-mail) would reach what the other program keeps private. Accounts out
 * of a director's reach are answered as not found, so that a director cannot learn which accounts exist elsewhere.
 */
@Component
class ManagedAccounts {

    static final String EMAIL_IN_USE = "is in use by another account or another program's roster; an administrator can help";

    private final UserAccountRepository accounts;
    private final CurrentActor currentActor;

    ManagedAccounts(UserAccountRepository accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** The account, if the signed-in administrator or director manages it; else {@link AccountNotFound}. */
    UserAccountEntity managed(String username) {
        Actor actor = currentActor.require();
        return accounts.findByUsernameIgnoreCase(username)
                .filter(account -> actor.is(Role.ADMIN) || actor.is(Role.DIRECTOR) && directorReaches(account, actor.programId()))
                .orElseThrow(() -> new AccountNotFound(username));
    }

    private boolean directorReaches(UserAccountEntity account, long programId) {
        return (account.getRole() == Role.MENTOR || account.getRole() == Role.RESIDENT)
                && accounts.isOnRosterOf(account.getId(), programId)
                && !accounts.isOnRosterOutside(account.getId(), programId);
    }

    /**
     * Why the account (null: a new one) may not have this address: another account has it, or, for a director, a
     * roster row of another program names it (that program's import would otherwise link to this account).
     */
    List<FieldProblem> emailProblems(String field, String email, Long accountId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (email == null || email.isBlank()) {
            return problems;
        }
        // the system (demo data, start-up) has no actor of its own: only a director's program narrows the rule
        Optional<Actor> director = currentActor.find().filter(actor -> actor.is(Role.DIRECTOR));
        if (accounts.emailTakenByOther(email.strip(), accountId)
                || director.isPresent() && accounts.rosterOutsideHoldsEmail(email.strip(), director.get().programId())) {
            problems.add(FieldProblem.of(field, EMAIL_IN_USE));
        }
        return problems;
    }
}
