package io.mentormatch.api.change;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.InvalidInput;

public class InvalidChangeDecision extends InvalidInput {

    public InvalidChangeDecision(List<FieldProblem> problems) {
        super("the decision misses a field its answer needs", problems);
    }
}
