package io.mentormatch.api.survey;

import java.time.Instant;
import java.util.List;

/**
 * Each person's answers, only where an administrator switched the cohort's setting on, and only those given after
 * {@code since}; otherwise {@code shown} is false and the list is empty.
 */
public record IndividualAnswers(boolean shown, Instant since, List<Answer> answers) {

    public record Answer(String surveyId, SurveyKind kind, long pairingId, Respondent role, int score,
                         Boolean recommend, String text, Instant answeredAt) {
    }
}
