package io.mentormatch.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.RosterLink;

/** The roster person an administrator links an account to, as the link page posts it. */
public record RosterLinkForm(@NotNull @Positive Long cohortId, @NotBlank @Size(max = 64) String code) {

    RosterLink toLink() {
        return new RosterLink(cohortId, code);
    }
}
