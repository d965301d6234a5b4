package io.mentormatch.core.cohort;

/**
 * One thing wrong with a cohort file.
 *
 * @param field the offending field, e.g. {@code residents[R001].ranking}
 * @param id    the offending id, or null when none applies (malformed JSON, a cohort-wide field)
 */
public record CohortProblem(String field, String id, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
