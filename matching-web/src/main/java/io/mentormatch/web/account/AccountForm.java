package io.mentormatch.web.account;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.AccountPatch;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.TextLimits;

/** An account's name, e-mail, role and (for a director) program, as edited on its page. */
public record AccountForm(@NotBlank @Size(max = TextLimits.NAME) @PlainText String displayName,
                          @Email @Size(max = TextLimits.EMAIL) String email,
                          @NotNull Role role,
                          @Positive Long programId) {

    static AccountForm of(UserView account) {
        return new AccountForm(account.displayName(), account.email(), account.role(), account.programId());
    }

    /** Only an administrator's form names a program; a director's leaves the program as it is. */
    AccountPatch toPatch(boolean byAdministrator) {
        Optional<Long> program = byAdministrator ? Optional.ofNullable(role == Role.DIRECTOR ? programId : null) : null;
        return new AccountPatch(null, role, program, displayName,
                Optional.ofNullable(email == null || email.isBlank() ? null : email.strip()));
    }
}
