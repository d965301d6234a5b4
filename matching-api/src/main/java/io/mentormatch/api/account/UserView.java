package io.mentormatch.api.account;

import io.mentormatch.api.system.Role;

/** An account as shown to its owner and to admins; never the password hash. */
public record UserView(long id, String username, String displayName, String email, Role role, Long programId) {

    static UserView of(UserAccount account) {
        return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getRole(), account.getProgramId());
    }
}
