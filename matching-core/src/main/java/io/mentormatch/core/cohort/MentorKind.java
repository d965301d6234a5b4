package io.mentormatch.core.cohort;

public enum MentorKind {
    FACULTY,
    SENIOR_RESIDENT
}
