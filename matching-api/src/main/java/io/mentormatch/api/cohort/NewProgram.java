package io.mentormatch.api.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

public record NewProgram(@NotBlank @Size(max = TextLimits.NAME) @PlainText String name) {
}
