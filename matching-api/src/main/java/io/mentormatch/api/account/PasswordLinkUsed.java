package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

public class PasswordLinkUsed extends StateConflict {

    public PasswordLinkUsed() {
        super("this link was used already: sign in with the password you chose, or ask for a new link");
    }
}
