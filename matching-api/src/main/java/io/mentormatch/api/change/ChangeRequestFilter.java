package io.mentormatch.api.change;

/** Which of a cohort's change requests the director lists. */
public enum ChangeRequestFilter {
    OPEN,
    DECIDED,
    ALL
}
