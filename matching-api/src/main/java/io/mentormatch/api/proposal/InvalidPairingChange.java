package io.mentormatch.api.proposal;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidPairingChange extends InvalidInput {

    public InvalidPairingChange(List<FieldProblem> errors) {
        super(errors.size() + " field(s) are invalid", errors);
    }
}
