package io.mentormatch.api.cohort;

public record ProgramView(long id, String name) {

    static ProgramView of(ProgramEntity program) {
        return new ProgramView(program.getId(), program.getName());
    }
}
