package io.mentormatch.api.audit;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

/** The audit filter's first day is after its last day (400). */
public class InvalidAuditFilter extends InvalidInput {

    public InvalidAuditFilter() {
        super("the audit filter's dates are out of order",
                List.of(FieldProblem.of("to", "The last day must not be before the first day.")));
    }
}
