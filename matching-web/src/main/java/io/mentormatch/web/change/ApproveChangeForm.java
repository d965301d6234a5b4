package io.mentormatch.web.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** The director approves a change request with one of the suggested mentors. */
record ApproveChangeForm(@NotBlank(message = "Choose the new mentor.")
                         @Size(max = TextLimits.CODE, message = "Choose one of the suggested mentors.") String mentor) {
}
