package io.mentormatch.api.token;

import io.mentormatch.api.problem.NotFound;

/** Unknown, already revoked, or another person's token: all three look the same to the caller. */
public class ApiTokenNotFound extends NotFound {

    public ApiTokenNotFound(long id) {
        super("you have no active API token " + id);
    }
}
