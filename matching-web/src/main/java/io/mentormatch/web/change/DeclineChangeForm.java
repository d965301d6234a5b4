package io.mentormatch.web.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** The director declines a change request, with a reason. */
record DeclineChangeForm(@NotBlank(message = "Please give a reason for declining.")
                         @Size(max = TextLimits.REASON, message = "Please keep the reason under {max} characters.")
                         String reason) {
}
