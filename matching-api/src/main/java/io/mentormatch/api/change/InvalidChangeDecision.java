package io.mentormatch.api.change;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidChangeDecision extends InvalidInput {

    public InvalidChangeDecision(List<FieldProblem> problems) {
        super("the decision misses a field its answer needs", problems);
    }
}
