package io.mentormatch.api.account;

import io.mentormatch.api.problem.NotFound;

/** No one with this id is on the cohort's roster of the account's role (404). */
public class RosterPersonNotFound extends NotFound {

    public RosterPersonNotFound(long cohortId, String code) {
        super("no one with id '" + code + "' on that roster of cohort " + cohortId);
    }
}
