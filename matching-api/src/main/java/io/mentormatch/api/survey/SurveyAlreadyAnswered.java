package io.mentormatch.api.survey;

import io.mentormatch.api.problem.StateConflict;

public class SurveyAlreadyAnswered extends StateConflict {

    public SurveyAlreadyAnswered(SurveyId id) {
        super("you already answered survey " + id + "; each person answers a survey once");
    }
}
