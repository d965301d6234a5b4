package io.mentormatch.core.explain;

/**
 * Who reads an explanation. Each reads it in their own words: the resident ("Your 1st choice"), the mentor (never how
 * the resident ranked them: that stays between the resident and the program director), the director ("Amara's 3rd
 * choice"), and a file the director takes away (a CSV, a calendar), in the director's words. Advice ("Add interests
 * to get better suggestions") goes only to the resident, who can act on it.
 */
public enum Audience {
    RESIDENT,
    MENTOR,
    DIRECTOR,
    EXPORT
}
