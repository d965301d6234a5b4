package io.mentormatch.api.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewProgram(@NotBlank @Size(max = 200) String name) {
}
