package io.mentormatch.api.problem;

/** Something the request names does not exist (404). */
public abstract class NotFound extends DomainException {

    protected NotFound(String detail) {
        super(detail);
    }
}
