package io.mentormatch.api.audit;

/**
 * The cohorts whose audit trail may be read. The cohort feature answers it: it writes to the audit log, so the
 * audit log owns this question rather than depending on the cohort feature in turn.
 */
public interface AuditedCohorts {

    /** Throws the cohort's not-found fact when there is no such cohort. */
    void requireExists(long cohortId);
}
