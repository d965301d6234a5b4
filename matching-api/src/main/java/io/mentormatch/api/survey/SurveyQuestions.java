package io.mentormatch.api.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * The wording of one survey's questions, as the director edits it. The types stay fixed: only words change.
 *
 * @param recommendQuestion required for the mid-year and end-of-year surveys, absent for the first-meeting one
 */
public record SurveyQuestions(
        @NotBlank @Size(max = TextLimits.NAME)
        @PlainText String scoreQuestion,
        @Size(max = TextLimits.NAME) @PlainText String recommendQuestion,
        @NotBlank @Size(max = TextLimits.NAME)
        @PlainText String textQuestion) {
}
