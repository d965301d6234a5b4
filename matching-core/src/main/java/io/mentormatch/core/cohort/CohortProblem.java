package io.mentormatch.core.cohort;

import java.util.List;

/**
 * One thing wrong with a cohort file. The message names the offending id for the command line's reader, who holds
 * the file; the kind, ids and names let a page or an API say the same in a sentence about people, by name.
 *
 * @param field the offending field, e.g. {@code residents[R001].ranking}
 * @param id    the offending id, or null when none applies (malformed JSON, a cohort-wide field)
 * @param kind  what is wrong, for a reader who needs more than the field's message
 * @param names the names of the people concerned, in the order the kind says (e.g. the resident, then the mentor);
 *              a person the file does not list is named by nothing (the list is then shorter)
 * @param count a number the kind speaks of (e.g. how many are pinned), 0 when none applies
 */
public record CohortProblem(String field, String id, String message, Kind kind, List<String> names, int count) {

    /** What is wrong, in the terms a sentence about people needs. */
    public enum Kind {
        /** The field's own message says it: a text, a number, a slot, the file's shape. */
        FIELD,
        /** A list names a mentor the file does not list; names: the person whose list it is. */
        UNKNOWN_MENTOR,
        /** A list names a resident the file does not list; names: the person whose list it is. */
        UNKNOWN_RESIDENT,
        /** Two entries share an id; names: none. */
        DUPLICATE_ID,
        /** names: the resident, the mentor. */
        RANKED_TWICE,
        /** names: the resident. */
        PINNED_TWICE,
        /** names: the resident, the mentor. */
        PINNED_AND_BANNED,
        /** names: the resident, the mentor. */
        PINNED_NOT_ACCEPTING,
        /** names: the resident, the mentor. */
        PINNED_OTHER_SPECIALTY,
        /** names: the mentor; count: the pinned residents (the capacity is in the message). */
        PINNED_OVER_CAPACITY
    }

    public CohortProblem {
        names = List.copyOf(names);
    }

    /** A problem the field's message says on its own. */
    public CohortProblem(String field, String id, String message) {
        this(field, id, message, Kind.FIELD, List.of(), 0);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
