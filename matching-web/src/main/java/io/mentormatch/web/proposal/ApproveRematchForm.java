package io.mentormatch.web.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** The director approves a decline's re-match with the suggested mentor or another one from the list. */
record ApproveRematchForm(@NotBlank(message = "Choose the new mentor.")
                          @Size(max = TextLimits.CODE, message = "Choose a mentor from the list.") String mentor) {
}
