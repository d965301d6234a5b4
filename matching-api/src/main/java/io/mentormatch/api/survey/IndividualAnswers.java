package io.mentormatch.api.survey;

import java.time.Instant;
import java.util.List;

/**
 * Each person's answers, only where the cohort's setting shows them; otherwise {@code shown} is false and the list
 * is empty.
 */
public record IndividualAnswers(boolean shown, List<Answer> answers) {

    public record Answer(String surveyId, SurveyKind kind, long pairingId, Respondent role, int score,
                         Boolean recommend, String text, Instant answeredAt) {
    }
}
