package io.mentormatch.web.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.api.token.NewApiToken;

/** The "new API token" form; the api module's {@link NewApiToken} holds the same rules. */
public record TokenForm(@NotBlank @Size(max = TextLimits.NAME) @PlainText String name,
                        @NotNull @Pattern(regexp = "read|write|scim", message = "Choose one of the kinds of access offered.") String scope,
                        @NotNull @Min(1) @Max(NewApiToken.MAX_DAYS) Integer expiresInDays) {

    static final TokenForm EMPTY = new TokenForm("", "read", 90);

    NewApiToken toRequest() {
        return new NewApiToken(name, scope, expiresInDays);
    }
}
