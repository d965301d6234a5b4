package io.mentormatch.core.explain;

/**
 * Who reads an explanation. Explanations are written for the resident and stored with the pairing; the mentor's
 * copy leaves out how the resident ranked them, which stays between the resident and the program director.
 */
public enum Audience {
    RESIDENT,
    MENTOR,
    DIRECTOR
}
