package io.mentormatch.api.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/** A member's request to change the mentor of their pairing; the reason is for the director alone. */
public record NewChangeRequest(@NotBlank @Size(max = TextLimits.REASON) @FreeText String reason) {
}
