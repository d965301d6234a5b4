package io.mentormatch.api.audit;

import java.time.Instant;

/**
 * One audit entry in words, as the audit page and its CSV show it.
 *
 * @param when        the time in the entry's program's time zone (UTC for an entry of no cohort), e.g. "7 Dec 2026 14:05"
 * @param zone        that time zone, e.g. "Europe/Berlin"
 * @param programName the program of the entry's cohort; null for an entry of no cohort (accounts, sign-in)
 * @param who         the name of who acted, or "a member of a pair" for what a pair keeps private, or "system"
 * @param what        the action in words
 */
public record AuditRow(long id, Instant occurredAt, String when, String zone, String programName, String cohortName,
                       String who, String action, String what) {
}
