package io.mentormatch.api.token;

import io.mentormatch.api.problem.StateConflict;

public class ApiTokenLimitReached extends StateConflict {

    public ApiTokenLimitReached(int limit) {
        super("you already have " + limit + " API tokens; revoke one you no longer use first");
    }
}
