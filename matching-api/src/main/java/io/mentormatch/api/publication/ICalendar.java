package io.mentormatch.api.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A one-event iCalendar file (RFC 5545), written by hand: the format needs only CRLF line ends, escaped text
 * values, lines folded at 75 octets and UTC times, which do not need a VTIMEZONE. A recurring event adds an RRULE
 * (section 3.8.5.3) to the same shape.
 */
public final class ICalendar {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * An event's UID, made of a kind and database ids only: no name or code that a person typed can reach it, so
     * no value can end the UID line and start a property of its own (RFC 5545 section 3.8.4.7).
     */
    public static final class Uid {

        private static final Pattern WORDS = Pattern.compile("[a-z]+(-[a-z]+)*");
        private final String value;

        private Uid(String value) {
            this.value = value;
        }

        /** The parts joined by hyphens, e.g. {@code pairing-12-meetings@mentormatch.io}: ids and lower-case words. */
        public static Uid of(Object... parts) {
            StringJoiner value = new StringJoiner("-", "", "@mentormatch.io");
            for (Object part : parts) {
                if (!(part instanceof Long) && !(part instanceof String word && WORDS.matcher(word).matches())) {
                    throw new IllegalArgumentException("a UID is made of ids and lower-case words, not " + part);
                }
                value.add(part.toString());
            }
            return new Uid(value.toString());
        }

        @Override
        public String toString() {
            return value;
        }
    }

    static String event(Uid uid, Instant stamp, ZonedDateTime start, Duration length, String summary,
                        String description) {
        return calendar(uid, stamp, start, length, null, summary, description);
    }

    /**
     * A series every {@code everyWeeks} weeks from {@code start}, {@code count} times. A weekly rule over UTC times
     * keeps the UTC hour: across a daylight-saving change the local hour moves by one, which calendar programs
     * show as is; the pair can move a single occurrence.
     */
    public static String series(Uid uid, Instant stamp, ZonedDateTime start, Duration length, int everyWeeks,
                                int count, String summary, String description) {
        return calendar(uid, stamp, start, length, "FREQ=WEEKLY;INTERVAL=" + everyWeeks + ";COUNT=" + count,
                summary, description);
    }

    private static String calendar(Uid uid, Instant stamp, ZonedDateTime start, Duration length, String rule,
                                   String summary, String description) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//mentormatch.io//Mentor Matching//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start.toInstant()));
        line(out, "DTEND:" + UTC.format(start.toInstant().plus(length)));
        if (rule != null) {
            line(out, "RRULE:" + rule);
        }
        line(out, "SUMMARY:" + text(summary));
        line(out, "DESCRIPTION:" + text(description));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * TEXT escaping of RFC 5545 section 3.3.11; line breaks become the escaped {@code \\n}, and the other control
     * characters, which TEXT does not allow, are dropped.
     */
    static String text(String value) {
        return CONTROL.matcher(value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")).replaceAll("");
    }

    /** Folds at 75 octets (section 3.1), never inside a UTF-8 sequence: continuation lines start with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
