package io.mentormatch.api.account;

import jakarta.validation.constraints.Size;

/** Turning the second factor off needs a current code or the password (one of them). */
public record SecondFactorTurnOff(@Size(max = 20) String code, @Size(max = 200) String password) {
}
