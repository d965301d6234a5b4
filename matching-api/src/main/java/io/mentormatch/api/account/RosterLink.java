package io.mentormatch.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Which roster person an account is linked to: the cohort and the person's id in it (on the account's role's roster). */
public record RosterLink(@NotNull @Positive Long cohortId, @NotBlank @Size(max = 64) String code) {
}
