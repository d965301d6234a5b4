package io.mentormatch.api.mentoring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.FreeText;
import io.mentormatch.api.system.TextLimits;

/** A goal as the pair writes it; the status starts as NOT_STARTED when not sent. */
public record GoalRequest(@NotBlank @Size(max = TextLimits.REASON) @FreeText String text, @NotNull Competency competency,
                          GoalStatus status, LocalDate targetDate) {
}
