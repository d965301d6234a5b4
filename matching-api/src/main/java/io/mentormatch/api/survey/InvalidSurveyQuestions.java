package io.mentormatch.api.survey;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidSurveyQuestions extends InvalidInput {

    public InvalidSurveyQuestions(List<FieldProblem> errors) {
        super("the questions do not fit the survey", errors);
    }
}
