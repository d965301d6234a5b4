package io.mentormatch.api.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * A token to create: a name that tells its owner what uses it (for a "scim" token: the identity provider), "read",
 * "write" or "scim", and how many days it lives.
 * A token always expires: a forgotten one should not work forever.
 */
public record NewApiToken(
        @NotBlank @Size(max = TextLimits.NAME) @PlainText String name,
        @NotNull @Pattern(regexp = "read|write|scim", message = "must be read, write or scim") String scope,
        @NotNull @Min(1) @Max(MAX_DAYS) Integer expiresInDays) {

    public static final int MAX_DAYS = 365;
}
