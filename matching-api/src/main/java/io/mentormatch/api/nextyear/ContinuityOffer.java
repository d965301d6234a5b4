package io.mentormatch.api.nextyear;

/** Last year's mentor a continuing resident may ask to keep, and whether they have asked. */
public record ContinuityOffer(String mentor, String mentorName, boolean requested) {
}
