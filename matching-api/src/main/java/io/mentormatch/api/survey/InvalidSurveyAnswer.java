package io.mentormatch.api.survey;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.InvalidInput;

public class InvalidSurveyAnswer extends InvalidInput {

    public InvalidSurveyAnswer(List<FieldProblem> errors) {
        super("the answer does not fit the survey's questions", errors);
    }
}
