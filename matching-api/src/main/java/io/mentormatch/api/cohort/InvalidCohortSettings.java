package io.mentormatch.api.cohort;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidCohortSettings extends InvalidInput {

    public InvalidCohortSettings(List<FieldProblem> errors) {
        super(errors.size() + " setting(s) are invalid", errors);
    }
}
