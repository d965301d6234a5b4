package io.mentormatch.api.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.mentormatch.api.cohort.ProgramZones;
import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * Proposes a person's weekly availability from their calendar, read over the next {@link #WEEKS} weeks in the
 * program's zone: an hour of the week the form's grid shows is proposed when the calendar is free then in at least
 * {@link #FREE_WEEKS} of those weeks, so one conference or holiday does not cost a regular hour, while a rotation's
 * standing commitment does. The person sees the proposal on their form and saves it or not.
 */
@Service
public class AvailabilityFromCalendar {

    static final int WEEKS = 8;
    static final int FREE_WEEKS = 6;
    /** The hours of the day the forms' week grid shows, from 06:00 to the hour starting at 22:00. */
    public static final int FIRST_HOUR = 6;
    public static final int LAST_HOUR = 22;

    private final CalendarFetcher fetcher;
    private final ProgramZones zones;
    private final Clock clock;

    AvailabilityFromCalendar(CalendarFetcher fetcher, ProgramZones zones, Clock clock) {
        this.fetcher = fetcher;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * From either an uploaded {@code .ics} file (null or empty when none) or the https address of a published
     * calendar (null or blank when none), fetched with the guards of {@link CalendarFetcher}.
     */
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public AvailabilityProposal propose(long cohortId, byte[] file, String url) {
        boolean hasFile = file != null && file.length > 0;
        boolean hasUrl = url != null && !url.isBlank();
        if (hasFile == hasUrl) {
            throw new UnreadableCalendar(BusyTime.FIELD, hasFile
                    ? "Give either a calendar file or its address, not both."
                    : "Choose the .ics file your calendar exported, or give the address of a published calendar.");
        }
        if (hasUrl) {
            return read(cohortId, fetcher.fetch(url), CalendarFetcher.FIELD);
        }
        if (file.length > CalendarFetcher.MAX_BYTES) {
            throw new UnreadableCalendar(BusyTime.FIELD, "That file is larger than 2 MB. Export a shorter period,"
                    + " such as the next two months, and upload that.");
        }
        return read(cohortId, file, BusyTime.FIELD);
    }

    private AvailabilityProposal read(long cohortId, byte[] ics, String field) {
        ZoneId zone = zones.ofCohort(cohortId);
        LocalDate first = LocalDate.now(clock.withZone(zone));
        ZonedDateTime from = first.atStartOfDay(zone);
        ZonedDateTime until = from.plusWeeks(WEEKS);
        List<BusyTime.Busy> busy = BusyTime.read(ics, from, until, field);
        int[] busyWeeks = new int[WeeklyAvailability.HOURS_PER_WEEK];
        for (LocalDate day = first; day.isBefore(until.toLocalDate()); day = day.plusDays(1)) {
            for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
                Instant start = day.atTime(hour, 0).atZone(zone).toInstant();
                Instant end = day.atTime(hour, 0).atZone(zone).plusHours(1).toInstant();
                if (busy.stream().anyMatch(b -> b.start().isBefore(end) && b.end().isAfter(start))) {
                    busyWeeks[(day.getDayOfWeek().getValue() - 1) * 24 + hour]++;
                }
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
                if (busyWeeks[day * 24 + hour] <= WEEKS - FREE_WEEKS) {
                    free.add(day * 24 + hour);
                }
            }
        }
        return new AvailabilityProposal(WeeklyAvailability.ofHours(free).slots(), zone.getId(), first,
                until.toLocalDate(), busy.size());
    }
}
