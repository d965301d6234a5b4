package io.mentormatch.api.survey;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/**
 * @param showIndividualAnswers  whether the director may read each person's answers; off by default, and only an
 *                               administrator switches it on
 * @param individualAnswersSince when it was switched on: only answers given after it are shown (ignored in a request)
 */
public record SurveySettings(@NotNull(message = "must be true or false") Boolean showIndividualAnswers,
                             Instant individualAnswersSince) {

    public SurveySettings(Boolean showIndividualAnswers) {
        this(showIndividualAnswers, null);
    }
}
