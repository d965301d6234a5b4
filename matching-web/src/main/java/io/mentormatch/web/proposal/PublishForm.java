package io.mentormatch.web.proposal;

import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** "Publish", possibly while proposals are still open, which needs a reason that is kept with the publication. */
record PublishForm(Boolean override,
                   @Size(max = TextLimits.REASON, message = "Please keep the reason under {max} characters.") String reason) {

    boolean overrides() {
        return Boolean.TRUE.equals(override);
    }
}
