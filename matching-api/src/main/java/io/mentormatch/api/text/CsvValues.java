package io.mentormatch.api.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Exported values a person can read in a spreadsheet: dates and times in the program's time zone, which the
 * column's header names ({@code first_meeting (America/Chicago)}), in an order that still sorts, never an
 * ISO instant with its offset and zone in brackets.
 */
public final class CsvValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private CsvValues() {
    }

    /** A header that names the zone of the times below it. */
    public static String inZone(String header, ZoneId zone) {
        return header + " (" + zone.getId() + ")";
    }

    /** The local date and time in {@code zone}; empty for none. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** A date and time that already carries its zone, written as its local time there; empty for none. */
    public static String dateTime(TemporalAccessor zoned) {
        return zoned == null ? "" : DATE_TIME.format(zoned);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
