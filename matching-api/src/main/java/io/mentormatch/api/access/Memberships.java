package io.mentormatch.api.access;

import java.util.Collection;

/**
 * Whether an account is a resident or mentor of a cohort, for {@link AccessPolicy}. The roster feature answers it:
 * {@code access} sits below every feature, so it owns the question and knows no feature's tables.
 */
public interface Memberships {

    boolean isResident(long cohortId, String residentCode, long userId);

    boolean isMentor(long cohortId, String mentorCode, long userId);

    /** The cohorts in which this account is a mentor or a resident. */
    Collection<Long> cohortIdsOf(long userId);
}
