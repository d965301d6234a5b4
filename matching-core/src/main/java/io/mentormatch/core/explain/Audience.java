package io.mentormatch.core.explain;

/**
 * Who reads an explanation. Each reads it in their own words: the resident ("Your 1st choice"), the mentor (never how
 * the resident ranked them: that stays between the resident and the program director), the director ("Amara's 3rd
 * choice"), and a file the director takes away (a CSV, a calendar), in the director's words. Advice ("Add interests
 * to get better suggestions") goes only to the resident, who can act on it.
 */
public enum Audience {
    /** The resident on their own form and recommendations: the one reader of advice, who can act on it. */
    RESIDENT,
    /** The resident reading their pairing (published page, e-mail): their words, the gaps as facts, not advice. */
    PAIRED_RESIDENT,
    MENTOR,
    DIRECTOR,
    /** A file the director takes away (CSV): the director's words. */
    EXPORT,
    /** An invitation both members receive and forward (.ics): the director's words without the resident's ranking. */
    CALENDAR
}
