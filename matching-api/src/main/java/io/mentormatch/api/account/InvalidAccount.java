package io.mentormatch.api.account;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidAccount extends InvalidInput {

    public InvalidAccount(List<FieldProblem> errors) {
        super("the account cannot be created", errors);
    }
}
