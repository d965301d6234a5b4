package io.mentormatch.api.survey;

import io.mentormatch.api.problem.NotFound;

public class SurveyNotFound extends NotFound {

    public SurveyNotFound(String what) {
        super("there is no survey " + what);
    }
}
