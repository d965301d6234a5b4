package io.mentormatch.api.account;

import io.mentormatch.api.access.Role;

/**
 * An account as shown to its owner and to those who manage it; never the password hash.
 *
 * @param programId the program a director directs; residents and mentors belong to programs through their
 *                  roster records instead
 * @param passwordChangeRequired after a password reset, until the user has chosen a new password
 * @param passwordSet            false for an account made by a roster import (or single sign-on) that has no
 *                               password: it signs in through single sign-on only, until a password reset
 */
public record UserView(long id, String username, String displayName, String email, Role role, Long programId,
                       boolean enabled, boolean passwordChangeRequired, boolean passwordSet) {

    static UserView of(UserAccountEntity account) {
        return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getRole(), account.getProgramId(), account.isEnabled(), account.isPasswordChangeRequired(),
                account.getPasswordHash() != null);
    }
}
