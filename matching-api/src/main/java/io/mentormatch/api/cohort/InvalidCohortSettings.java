package io.mentormatch.api.cohort;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.InvalidInput;

public class InvalidCohortSettings extends InvalidInput {

    public InvalidCohortSettings(List<FieldProblem> errors) {
        super(errors.size() + " setting(s) are invalid", errors);
    }
}
