package io.mentormatch.api.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.PlainText;
import io.mentormatch.api.system.Role;

/**
 * An account to create. The password may be left out for accounts that sign in through single sign-on only;
 * when given, it must meet {@link PasswordPolicy}.
 *
 * @param programId required for a director
 */
public record NewUser(@NotBlank @Size(max = 320) @PlainText String username,
                      @NotBlank @Size(max = 200) @PlainText String displayName,
                      @Email @Size(max = 320) String email,
                      String password,
                      @NotNull Role role,
                      Long programId) {
}
