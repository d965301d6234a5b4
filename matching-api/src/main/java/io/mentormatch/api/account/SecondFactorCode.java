package io.mentormatch.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A 6-digit code from the authenticator app (spaces allowed). */
public record SecondFactorCode(@NotBlank @Size(max = 20) String code) {
}
