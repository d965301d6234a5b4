package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** A temporary password is only for a person without e-mail: everyone else gets a link to their own mailbox. */
public class AccountHasEmail extends StateConflict {

    public AccountHasEmail() {
        super("this person has an e-mail address: send them a link to set a password instead");
    }
}
