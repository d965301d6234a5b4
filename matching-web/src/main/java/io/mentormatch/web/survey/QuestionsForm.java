package io.mentormatch.web.survey;

import io.mentormatch.api.survey.SurveyQuestions;

/**
 * One survey's wording as the editor posts it; the survey definitions check it.
 *
 * @param kind the survey's slug, e.g. {@code mid-year}
 */
record QuestionsForm(String kind, String scoreQuestion, String recommendQuestion, String textQuestion) {

    SurveyQuestions toQuestions() {
        return new SurveyQuestions(scoreQuestion, recommendQuestion, textQuestion);
    }
}
