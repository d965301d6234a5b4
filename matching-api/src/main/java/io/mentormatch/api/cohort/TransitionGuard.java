package io.mentormatch.api.cohort;

import java.util.Optional;

/**
 * A precondition of a lifecycle move that another feature knows about (e.g. the roster: a cohort without
 * residents cannot open for preferences). Every guard bean is asked before every move.
 */
public interface TransitionGuard {

    /** Why the cohort may not move to {@code target} now, or empty when it may. */
    Optional<String> objection(CohortEntity cohort, CohortState target);
}
