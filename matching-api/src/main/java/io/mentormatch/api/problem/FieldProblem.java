package io.mentormatch.api.problem;

/**
 * One thing wrong with the input, as reported in the {@code errors} member of a 400 problem detail.
 *
 * @param field the offending field, e.g. {@code weights.specialty} or {@code residents[R001].ranking}
 * @param line  the line of an uploaded file, or null when the input is not a file
 */
public record FieldProblem(String field, String message, Integer line) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, message, null);
    }
}
