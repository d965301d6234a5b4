package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** A link to set a password can only be mailed to an account that has an e-mail address. */
public class NoEmailAddress extends StateConflict {

    public NoEmailAddress() {
        super("this person has no e-mail address to send a link to; an administrator can give them a temporary password");
    }
}
