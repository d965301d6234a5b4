package io.mentormatch.web.cohort;

import jakarta.validation.constraints.NotNull;

import io.mentormatch.api.cohort.CohortState;

/** The "next stage" button: the stage the page offered. */
record StageForm(@NotNull CohortState target) {
}
