package io.mentormatch.api.publication;

import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/**
 * @param override publish although proposals are still unanswered; needs a reason and is logged
 */
public record PublishRequest(boolean override, @Size(max = TextLimits.REASON) @FreeText String reason) {
}
