package io.mentormatch.api.access;

import java.util.Optional;

/**
 * Which program a cohort belongs to, for {@link AccessPolicy}. The cohort feature answers it: {@code access} sits
 * below every feature, so it owns the question and knows no feature's tables.
 */
public interface CohortPrograms {

    /** The cohort's program, or empty when there is no such cohort. */
    Optional<Long> programOf(long cohortId);
}
