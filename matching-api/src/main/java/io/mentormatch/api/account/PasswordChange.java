package io.mentormatch.api.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A person choosing a new password; the new one must meet {@link PasswordPolicy}. */
public record PasswordChange(@NotEmpty @Size(max = 200) String currentPassword,
                             @NotEmpty @Size(max = 200) String newPassword) {
}
