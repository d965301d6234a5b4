package io.mentormatch.api.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mentormatch.api.cadence.Cadence;
import io.mentormatch.api.cadence.PairingStatus;

/**
 * A published cohort's mentoring year in numbers, for its director: no note, no goal text, no single answer.
 *
 * @param goalsByCompetency goal counts keyed by competency label
 * @param surveys           the check-in surveys' aggregates ({@link SurveySummaries}); empty without them
 */
public record ProgramHealth(long cohortId, String cohortName, LocalDate asOf, Cadence cadence, int pairs,
                            int pairsMet, double pairsMetPercent, long meetings, double meetingsPerPair,
                            Map<PairingStatus, Integer> byStatus, List<Flagged> atRisk, List<Flagged> overdue,
                            Map<String, Long> goalsByCompetency, Object surveys) {

    /** A pairing the director should look at, and why. */
    public record Flagged(long pairingId, String resident, String residentName, String mentor, String mentorName,
                          long meetings, LocalDate lastMet, LocalDate nextMeetingDue, String reason) {
    }
}
