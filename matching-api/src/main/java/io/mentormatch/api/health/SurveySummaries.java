package io.mentormatch.api.health;

/**
 * The check-in surveys' part of the program health view (response rates and aggregates, never one person's
 * answer). The survey feature provides it; without it the view's {@code surveys} member is empty.
 */
public interface SurveySummaries {

    /** The cohort's survey aggregates, serialised as the health view's {@code surveys} member. */
    Object summary(long cohortId);
}
