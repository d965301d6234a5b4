package io.mentormatch.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly hours a calendar suggests, for the person to confirm on their form: nothing is saved.
 *
 * @param availability the proposed slots, e.g. {@code MON-18}, in the program's zone
 * @param from         the first day read
 * @param until        the day after the last day read
 * @param busyPeriods  how many busy periods the calendar had in those days
 */
public record AvailabilityProposal(List<String> availability, String zone, LocalDate from, LocalDate until,
                                   int busyPeriods) {
}
