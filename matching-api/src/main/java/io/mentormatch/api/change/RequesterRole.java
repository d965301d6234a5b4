package io.mentormatch.api.change;

/** Which member of the pairing asked for the change. */
public enum RequesterRole {
    RESIDENT,
    MENTOR
}
