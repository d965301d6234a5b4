package io.mentormatch.api.survey;

/** Which side of a pairing answers: both answer every survey. */
public enum Respondent {
    RESIDENT,
    MENTOR
}
