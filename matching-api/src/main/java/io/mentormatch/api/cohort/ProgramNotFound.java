package io.mentormatch.api.cohort;

import io.mentormatch.api.problem.NotFound;

public class ProgramNotFound extends NotFound {

    public ProgramNotFound(long programId) {
        super("there is no program " + programId);
    }
}
