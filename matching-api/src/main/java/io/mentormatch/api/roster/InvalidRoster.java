package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

/** An uploaded roster (CSV or cohort file) has problems; nothing was imported. */
public class InvalidRoster extends InvalidInput {

    public InvalidRoster(List<FieldProblem> errors) {
        super("the roster has " + errors.size() + " problem(s); nothing was imported", errors);
    }
}
