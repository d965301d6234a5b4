package io.mentormatch.api.cohort;

import io.mentormatch.api.cohort.internal.ProgramEntity;

public record ProgramView(long id, String name) {

    static ProgramView of(ProgramEntity program) {
        return new ProgramView(program.getId(), program.getName());
    }
}
