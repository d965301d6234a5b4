package io.mentormatch.api.roster;

import java.util.List;
import java.util.Map;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.core.cohort.CohortProblem;

/** The stored roster does not make a valid cohort (e.g. a pin breaks a conflict): fix the roster first (409). */
public class RosterInconsistent extends StateConflict {

    private final List<FieldProblem> errors;

    public RosterInconsistent(List<CohortProblem> problems) {
        super("the cohort's roster has " + problems.size() + " problem(s) to fix before it can be matched or exported");
        this.errors = CohortProblemWords.of(problems);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
