package io.mentormatch.api.proposal;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class DeclineNeedsReason extends InvalidInput {

    public DeclineNeedsReason() {
        super("a decline needs a reason", List.of(FieldProblem.of("reason", "is required when declining")));
    }
}
