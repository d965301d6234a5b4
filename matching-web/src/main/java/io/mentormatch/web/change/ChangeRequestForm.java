package io.mentormatch.web.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** "Request a change of mentor": why, for the program director's eyes only. */
record ChangeRequestForm(@NotBlank(message = "Please say why, so the program director can help.")
                         @Size(max = TextLimits.REASON, message = "Please keep the reason under {max} characters.")
                         String reason) {
}
