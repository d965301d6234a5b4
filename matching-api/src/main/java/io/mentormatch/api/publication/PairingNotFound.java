package io.mentormatch.api.publication;

import io.mentormatch.api.problem.NotFound;

public class PairingNotFound extends NotFound {

    public PairingNotFound(long cohortId, String who) {
        super("cohort " + cohortId + " has no published pairing for " + who);
    }
}
