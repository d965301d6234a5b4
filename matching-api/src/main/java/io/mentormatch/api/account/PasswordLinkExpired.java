package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

public class PasswordLinkExpired extends StateConflict {

    public PasswordLinkExpired() {
        super("this link to set a password has expired (links work for 72 hours); ask your program director or "
                + "administrator for a new one");
    }
}
