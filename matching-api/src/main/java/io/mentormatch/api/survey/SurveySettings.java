package io.mentormatch.api.survey;

import jakarta.validation.constraints.NotNull;

/** @param showIndividualAnswers whether the director may read each person's answers; off by default */
public record SurveySettings(@NotNull(message = "must be true or false") Boolean showIndividualAnswers) {
}
