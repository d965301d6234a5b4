package io.mentormatch.api.survey;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidSurveyAnswer extends InvalidInput {

    public InvalidSurveyAnswer(List<FieldProblem> errors) {
        super("the answer does not fit the survey's questions", errors);
    }
}
