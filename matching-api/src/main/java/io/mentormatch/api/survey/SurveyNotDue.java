package io.mentormatch.api.survey;

import io.mentormatch.api.problem.StateConflict;

public class SurveyNotDue extends StateConflict {

    public SurveyNotDue(SurveyId id) {
        super("survey " + id + " is not open for answers: not due yet, or its window has closed");
    }
}
