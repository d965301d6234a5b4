package io.mentormatch.api.problem;

/** The request is well-formed but the current state forbids it (409), e.g. a deadline has passed. */
public abstract class StateConflict extends DomainException {

    protected StateConflict(String detail) {
        super(detail);
    }
}
