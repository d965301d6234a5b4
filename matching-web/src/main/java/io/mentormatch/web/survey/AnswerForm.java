package io.mentormatch.web.survey;

import io.mentormatch.api.survey.SurveyAnswer;

/** The answer form as posted; the rules are those of {@link SurveyAnswer}, checked by the survey service. */
record AnswerForm(Integer score, Boolean recommend, String text) {

    SurveyAnswer toAnswer() {
        return new SurveyAnswer(score, recommend, text);
    }
}
