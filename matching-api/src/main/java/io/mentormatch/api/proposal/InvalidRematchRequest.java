package io.mentormatch.api.proposal;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidRematchRequest extends InvalidInput {

    public InvalidRematchRequest(List<FieldProblem> problems) {
        super("the re-match asks for more moves than allowed or names residents the cohort does not have", problems);
    }
}
