package io.mentormatch.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a mailed link and the password its owner chose; the policy is {@link PasswordPolicy}'s. */
public record NewPasswordByLink(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "NewPasswordByLink[token=<hidden>, newPassword=<hidden>]";
    }
}
