package io.mentormatch.api.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.PlainText;
import io.mentormatch.api.system.TextLimits;

public record NewProgram(@NotBlank @Size(max = TextLimits.NAME) @PlainText String name) {
}
