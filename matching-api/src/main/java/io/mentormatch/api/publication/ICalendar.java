package io.mentormatch.api.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

/**
 * A one-event iCalendar file (RFC 5545) built with ical4j. Times are local times of the program's zone with its
 * {@code TZID}, and the file carries a {@code VTIMEZONE} built from the JVM's rules for that zone, so calendar
 * programs show the hour the page shows and a weekly series keeps its local hour across a daylight-saving change.
 * A recurring event adds an RRULE (section 3.8.5.3) to the same shape.
 */
public final class ICalendar {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\r\\n]]");
    /** The VTIMEZONE covers the zone's changes from a year before the first meeting to a year after the last. */
    private static final Duration MARGIN = Duration.ofDays(366);

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
        return calendar(uid, stamp, start, length, null, start.plus(length), summary, description);
    }

    /** A series every {@code everyWeeks} weeks from {@code start}, {@code count} times, at the same local hour. */
    public static String series(Uid uid, Instant stamp, ZonedDateTime start, Duration length, int everyWeeks,
                                int count, String summary, String description) {
        return calendar(uid, stamp, start, length, "FREQ=WEEKLY;INTERVAL=" + everyWeeks + ";COUNT=" + count,
                start.plusWeeks((long) everyWeeks * (count - 1)).plus(length), summary, description);
    }

    private static String calendar(Uid uid, Instant stamp, ZonedDateTime start, Duration length, String rule,
                                   ZonedDateTime lastEnd, String summary, String description) {
        VEvent event = new VEvent(false);
        add(event, new net.fortuna.ical4j.model.property.Uid(uid.toString()));
        add(event, new DtStamp(stamp));
        add(event, new DtStart<>(zoned(start), start.toLocalDateTime()));
        add(event, new DtEnd<>(zoned(start), start.plus(length).toLocalDateTime()));
        if (rule != null) {
            add(event, new RRule<>(rule));
        }
        add(event, new Summary(text(summary)));
        add(event, new Description(text(description)));
        Calendar calendar = new Calendar();
        add(calendar, new ProdId("-//mentormatch.io//Mentor Matching//EN"));
        add(calendar, new Version(new ParameterList(), Version.VALUE_2_0));
        add(calendar, new CalScale(CalScale.VALUE_GREGORIAN));
        add(calendar, new Method(Method.VALUE_PUBLISH));
        calendar.add(timeZone(start, lastEnd));
        calendar.add(event);
        return folded(calendar.toString());
    }

    private static ParameterList zoned(ZonedDateTime time) {
        return new ParameterList(java.util.List.<net.fortuna.ical4j.model.Parameter>of(new TzId(time.getZone().getId())));
    }

    /** The zone's offsets around the events: the one in force before them, then each change (section 3.6.5). */
    static VTimeZone timeZone(ZonedDateTime first, ZonedDateTime lastEnd) {
        ZoneRules rules = first.getZone().getRules();
        Instant from = first.toInstant().minus(MARGIN);
        Instant until = lastEnd.toInstant().plus(MARGIN);
        VTimeZone zone = new VTimeZone();
        add(zone, new net.fortuna.ical4j.model.property.TzId(first.getZone().getId()));
        ZoneOffset offset = rules.getOffset(from);
        zone.add(observance(rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, offset), offset, offset));
        for (ZoneOffsetTransition change = rules.nextTransition(from); change != null
                && change.getInstant().isBefore(until); change = rules.nextTransition(change.getInstant())) {
            zone.add(observance(rules.isDaylightSavings(change.getInstant()), change.getDateTimeBefore(),
                    change.getOffsetBefore(), change.getOffsetAfter()));
        }
        return zone;
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
        Observance observance = daylight ? new Daylight() : new Standard();
        add(observance, new DtStart<Temporal>(onset.withNano(0)));
        add(observance, new TzOffsetFrom(before));
        add(observance, new TzOffsetTo(after));
        return observance;
    }

    private static void add(PropertyContainer container, net.fortuna.ical4j.model.Property property) {
        container.add(property);
    }

    /**
     * A TEXT value without the control characters TEXT does not allow (section 3.3.11); ical4j escapes the rest
     * and turns line breaks into the escaped {@code \n}.
     */
    static String text(String value) {
        return CONTROL.matcher(value.replace("\r\n", "\n").replace("\r", "\n")).replaceAll("");
    }

    /** Folds at 75 octets (section 3.1), never inside a UTF-8 sequence: continuation lines start with a space. */
    private static String folded(String unfolded) {
        StringBuilder out = new StringBuilder();
        for (String content : unfolded.replace("\r\n ", "").split("\r\n")) {
            line(out, content);
        }
        return out.toString();
    }

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
