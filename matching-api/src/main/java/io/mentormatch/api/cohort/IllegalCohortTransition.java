package io.mentormatch.api.cohort;

import java.util.Map;

import io.mentormatch.api.problem.StateConflict;

public class IllegalCohortTransition extends StateConflict {

    private final CohortState from;
    private final CohortState to;

    public IllegalCohortTransition(CohortState from, CohortState to, String reason) {
        super("cannot move the cohort from " + from.words() + " to " + to.words() + ": " + reason);
        this.from = from;
        this.to = to;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("from", from, "to", to);
    }
}
