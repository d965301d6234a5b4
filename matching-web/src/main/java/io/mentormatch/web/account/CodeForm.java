package io.mentormatch.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.SecondFactorCode;

/** The first code from the authenticator app, which turns the second factor on. */
public record CodeForm(@NotBlank @Size(max = 20) String code) {

    SecondFactorCode toCode() {
        return new SecondFactorCode(code);
    }
}
