package io.mentormatch.api.account;

import io.mentormatch.api.problem.NotFound;

/** No link with this token, or one replaced by a newer link. */
public class PasswordLinkUnknown extends NotFound {

    public PasswordLinkUnknown() {
        super("this link to set a password is not valid; ask your program director or administrator for a new one");
    }
}
