package io.mentormatch.api.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.PlainText;

public record NewProgram(@NotBlank @Size(max = 200) @PlainText String name) {
}
