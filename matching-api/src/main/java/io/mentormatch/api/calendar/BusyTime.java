package io.mentormatch.api.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Transp;

/**
 * The busy periods of an iCalendar file within a window, read with ical4j: each event's occurrences, recurring ones
 * expanded (RRULE, RDATE, EXDATE), except all-day events (a rotation's "on call" day or a holiday marks no hour) and
 * events marked free ({@code TRANSP:TRANSPARENT}). Floating times (no zone) are read in the program's zone.
 */
final class BusyTime {

    /** More occurrences than any real two months hold: a file past it is refused rather than expanded further. */
    static final int MAX_PERIODS = 20_000;
    static final String FIELD = "file";

    private BusyTime() {
    }

    record Busy(Instant start, Instant end) {
    }

    static List<Busy> read(byte[] ics, ZonedDateTime from, ZonedDateTime until, String field) {
        Calendar calendar = parse(ics, field);
        List<Busy> busy = new ArrayList<>();
        Period<ZonedDateTime> zoned = new Period<>(from, until);
        Period<LocalDateTime> floating = new Period<>(from.toLocalDateTime(), until.toLocalDateTime());
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
            if (start.isEmpty() || start.get().getDate() instanceof LocalDate || transparent(event) || tooFine(event)) {
                continue;
            }
            Set<Period<Temporal>> occurrences;
            try {
                occurrences = event.calculateRecurrenceSet(start.get().getDate() instanceof LocalDateTime ? floating : zoned);
            } catch (RuntimeException e) {
                throw new UnreadableCalendar(field, "An event in this calendar could not be read (" + summary(event)
                        + "). Export the calendar again, or leave that event out.");
            }
            ZoneId zone = zone(start.get()).orElse(from.getZone());
            for (Period<Temporal> occurrence : occurrences) {
                Instant s = instant(occurrence.getStart(), zone);
                Instant e = instant(occurrence.getEnd(), zone);
                if (s != null && e != null && e.isAfter(s)) {
                    busy.add(new Busy(s, e));
                }
                if (busy.size() > MAX_PERIODS) {
                    throw new UnreadableCalendar(field, "This calendar has more than " + MAX_PERIODS + " events in the"
                            + " next weeks, more than we can read. Export a shorter period or fewer calendars.");
                }
            }
        }
        return busy;
    }

    private static Calendar parse(byte[] ics, String field) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (ParserException e) {
            throw new UnreadableCalendar(field, "This is not a calendar file we can read (line " + e.getLineNo()
                    + " is not in the iCalendar format). Export the calendar as an .ics file and try again.");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCalendar(field, "This is not a calendar file we can read. Export the calendar as an"
                    + " .ics file and try again.");
        }
    }

    private static boolean transparent(VEvent event) {
        return event.<Transp>getProperty(Property.TRANSP).map(t -> Transp.VALUE_TRANSPARENT.equalsIgnoreCase(t.getValue()))
                .orElse(false);
    }

    /** A rule repeating every second or minute is no real appointment, and would expand to millions. */
    private static boolean tooFine(VEvent event) {
        return event.<RRule<Temporal>>getProperties(Property.RRULE).stream()
                .anyMatch(rule -> rule.getValue().toUpperCase(java.util.Locale.ROOT).matches(".*FREQ=(SECONDLY|MINUTELY).*"));
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).map(s -> "“" + s.getValue() + "”").orElse("an event without a title");
    }

    /**
     * The JVM's zone of the start's TZID, when it knows that name: ical4j's own zones for names without a VTIMEZONE
     * in the file put some occurrences an hour off around a daylight-saving change, while the local time it gives
     * for each occurrence is right, so that local time is placed in the JVM's zone instead.
     */
    private static Optional<ZoneId> zone(DtStart<Temporal> start) {
        return start.<TzId>getParameter(Parameter.TZID).map(TzId::getValue).filter(ZoneId.getAvailableZoneIds()::contains)
                .map(ZoneId::of);
    }

    private static Instant instant(Temporal time, ZoneId zone) {
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toLocalDateTime().atZone(zone).toInstant();
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        return null;
    }
}
