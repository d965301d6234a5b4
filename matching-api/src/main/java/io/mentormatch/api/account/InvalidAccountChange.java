package io.mentormatch.api.account;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidAccountChange extends InvalidInput {

    public InvalidAccountChange(List<FieldProblem> errors) {
        super("the account cannot be changed so", errors);
    }
}
