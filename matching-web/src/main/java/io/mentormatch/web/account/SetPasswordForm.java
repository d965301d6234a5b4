package io.mentormatch.web.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The page a mailed link opens: the new password twice, so that a typing mistake does not lock the person out. */
public record SetPasswordForm(@NotEmpty @Size(max = 200) String newPassword,
                              @NotEmpty @Size(max = 200) String confirmation) {
}
