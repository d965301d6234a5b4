package io.mentormatch.api.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/**
 * One answer to a survey.
 *
 * @param score     1 (poor) to 5 (very good): the fit after the first meeting, otherwise the satisfaction
 * @param recommend would recommend: required by the mid-year and end-of-year surveys, refused by the first-meeting one
 * @param text      optional free text
 */
public record SurveyAnswer(
        @NotNull(message = "{mentormatch.survey.score}") @Min(value = 1, message = "{mentormatch.survey.score}")
        @Max(value = 5, message = "{mentormatch.survey.score}") Integer score,
        Boolean recommend,
        @Size(max = TextLimits.REASON) @FreeText String text) {
}
