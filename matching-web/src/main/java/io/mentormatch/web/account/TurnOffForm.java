package io.mentormatch.web.account;

import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.SecondFactorTurnOff;

/** Turning the second factor off: a current code, or the password. */
public record TurnOffForm(@Size(max = 20) String code, @Size(max = 200) String password) {

    SecondFactorTurnOff toTurnOff() {
        return new SecondFactorTurnOff(code, password);
    }
}
