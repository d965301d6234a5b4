package io.mentormatch.api.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/**
 * A mentor's answer to one proposal, with the proposal version they saw.
 *
 * @param reason required when declining
 */
public record Decision(@NotNull Long version, @Size(max = TextLimits.REASON) @FreeText String reason) {
}
