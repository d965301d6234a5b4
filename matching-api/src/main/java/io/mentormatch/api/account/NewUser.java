package io.mentormatch.api.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.TextLimits;

/**
 * An account to create. The password may be left out for accounts that sign in through single sign-on only;
 * when given, it must meet {@link PasswordPolicy}.
 *
 * @param programId required for a director
 */
public record NewUser(@NotBlank @Size(max = TextLimits.EMAIL) @PlainText String username,
                      @NotBlank @Size(max = TextLimits.NAME) @PlainText String displayName,
                      @Email @Size(max = TextLimits.EMAIL) String email,
                      String password,
                      @NotNull Role role,
                      Long programId) {
}
