package io.mentormatch.api.account;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

/** A code (or password) that does not prove the second factor (400). */
public class InvalidSecondFactorCode extends InvalidInput {

    public InvalidSecondFactorCode(String field, String message) {
        super("the code is not right", List.of(FieldProblem.of(field, message)));
    }
}
