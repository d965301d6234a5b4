package io.mentormatch.api.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.access.Role;

/**
 * A director gives a person on their own program's roster an account, as an administrator does: a resident's or a
 * mentor's account (the roster says which; never a director's or an administrator's), linked to that person, and an
 * invitation by e-mail to set a first password. The roster import's rules hold ({@link UserAccounts#accountFor}):
 * an account that already has the person's e-mail is linked only when it has the person's role and is on no other
 * program's roster; otherwise nothing changes and an administrator decides.
 */
@Service
public class RosterAccounts {

    private final RosterLinks links;
    private final UserAccounts accounts;
    private final UserAccountRepository repository;
    private final PasswordResets resets;

    RosterAccounts(RosterLinks links, UserAccounts accounts, UserAccountRepository repository, PasswordResets resets) {
        this.links = links;
        this.accounts = accounts;
        this.repository = repository;
        this.resets = resets;
    }

    /**
     * The account of the roster person with this code, created (or found, under the import's rules) and linked; a
     * new account without a password gets the invitation. 404 for an unknown person, 409 when the person has an
     * account or no e-mail address, or when the account with their e-mail may not be linked.
     *
     * @param role {@link Role#RESIDENT} or {@link Role#MENTOR}: which roster the code is on
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public UserView create(long cohortId, Role role, String code) {
        if (role != Role.RESIDENT && role != Role.MENTOR) {
            throw new IllegalArgumentException("only residents and mentors are on rosters");
        }
        RosterLinks.Row row = links.unlinked(cohortId, role, code);
        String email = row.member().email();
        if (email == null || email.isBlank()) {
            throw new NoEmailAddress();
        }
        Long accountId = accounts.accountFor(email.strip(), row.member().name(), role, row.programId());
        if (accountId == null) {
            throw new RosterLinkRefused("an account with " + row.member().name() + "'s e-mail address exists that "
                    + "this roster may not be linked to; an administrator can sort it out");
        }
        links.connect(accountId, row);
        UserAccountEntity account = repository.findById(accountId).orElseThrow();
        if (account.getPasswordHash() == null) {
            resets.sendLink(account.getUsername());
        }
        return UserView.of(account);
    }
}
