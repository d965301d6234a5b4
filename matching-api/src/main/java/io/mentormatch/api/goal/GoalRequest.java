package io.mentormatch.api.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/** A goal as the pair writes it; the status starts as NOT_STARTED when not sent. */
public record GoalRequest(@NotBlank @Size(max = TextLimits.REASON) @FreeText String text, @NotNull Competency competency,
                          GoalStatus status, LocalDate targetDate) {
}
