package io.mentormatch.api.system;

import java.util.List;

public class InvalidAccount extends InvalidInput {

    public InvalidAccount(List<FieldProblem> errors) {
        super("the account cannot be created", errors);
    }
}
