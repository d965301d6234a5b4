package io.mentormatch.web.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.PasswordChange;

/** The change-password form: the new password twice, so that a typing mistake does not lock the person out. */
public record PasswordForm(@NotEmpty @Size(max = 200) String currentPassword,
                           @NotEmpty @Size(max = 200) String newPassword,
                           @NotEmpty @Size(max = 200) String confirmation) {

    PasswordChange toChange() {
        return new PasswordChange(currentPassword, newPassword);
    }
}
