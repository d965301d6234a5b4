package io.mentormatch.api.cohort;

import io.mentormatch.api.system.NotFound;

public class ProgramNotFound extends NotFound {

    public ProgramNotFound(long programId) {
        super("there is no program " + programId);
    }
}
