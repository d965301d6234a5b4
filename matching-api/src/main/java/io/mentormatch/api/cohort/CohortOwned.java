package io.mentormatch.api.cohort;

/** A row that belongs to one cohort and feeds its derived views: writing it bumps the cohort's data version. */
public interface CohortOwned {

    Long getCohortId();
}
