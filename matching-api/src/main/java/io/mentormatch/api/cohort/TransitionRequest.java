package io.mentormatch.api.cohort;

import jakarta.validation.constraints.NotNull;

/** Move a cohort to its next stage. */
public record TransitionRequest(@NotNull CohortState to) {
}
