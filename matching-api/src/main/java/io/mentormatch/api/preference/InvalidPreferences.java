package io.mentormatch.api.preference;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidPreferences extends InvalidInput {

    public InvalidPreferences(List<FieldProblem> errors) {
        super("the form has " + errors.size() + " problem(s); nothing was saved", errors);
    }
}
