package io.mentormatch.web.account;

import jakarta.validation.constraints.NotNull;

/** Disables or enables an account. */
public record EnabledForm(@NotNull Boolean enabled) {
}
