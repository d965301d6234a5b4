package io.mentormatch.web.mentor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/** "Decline": the proposal version the mentor saw and why they decline, which the director reads. */
record DeclineForm(@NotNull Long version,
                   @NotBlank(message = "Please say why, so the director can find a better mentor.")
                   @Size(max = TextLimits.REASON, message = "Please keep the reason under {max} characters.") String reason) {
}
