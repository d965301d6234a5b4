package io.mentormatch.api.publication;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class OverrideNeedsReason extends InvalidInput {

    public OverrideNeedsReason() {
        super("publishing over open proposals needs a reason", List.of(FieldProblem.of("reason", "is required with override")));
    }
}
