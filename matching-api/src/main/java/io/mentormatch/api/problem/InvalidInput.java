package io.mentormatch.api.problem;

import java.util.List;
import java.util.Map;

/** The input breaks rules a field-level check cannot see, e.g. a ranking naming an unknown mentor (400). */
public abstract class InvalidInput extends DomainException {

    private final List<FieldProblem> errors;

    protected InvalidInput(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
