package io.mentormatch.core.cohort;

import java.util.List;
import java.util.stream.Collectors;

/** A cohort file that cannot be used, with every problem found in it. */
public class InvalidCohortException extends RuntimeException {

    private final transient List<CohortProblem> problems;

    public InvalidCohortException(List<CohortProblem> problems) {
        super(problems.size() + " problem(s) in the cohort file:\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CohortProblem> problems() {
        return problems;
    }
}
