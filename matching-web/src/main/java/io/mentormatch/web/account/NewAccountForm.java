package io.mentormatch.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.TextLimits;

/** The "new account" form; the account gets a temporary password, shown once, to be changed at first sign-in. */
public record NewAccountForm(@NotBlank @Size(max = TextLimits.EMAIL) @PlainText String username,
                             @NotBlank @Size(max = TextLimits.NAME) @PlainText String displayName,
                             @Email @Size(max = TextLimits.EMAIL) String email,
                             @NotNull Role role,
                             @Positive Long programId) {

    static final NewAccountForm EMPTY = new NewAccountForm("", "", "", Role.RESIDENT, null);

    NewUser toNewUser() {
        return new NewUser(username.strip(), displayName.strip(), email == null || email.isBlank() ? null : email.strip(),
                null, role, role == Role.DIRECTOR ? programId : null);
    }
}
