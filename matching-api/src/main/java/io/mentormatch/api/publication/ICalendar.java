package io.mentormatch.api.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * iCalendar (RFC 5545) built with ical4j: a downloaded file of one event, or a person's subscribed feed. Times are local times of the program's zone with its
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

    /**
     * One event of a calendar: timed ({@link ZonedDateTime} start and end, written with the zone's {@code TZID}) or
     * all-day ({@link LocalDate} start and exclusive end, {@code VALUE=DATE}).
     *
     * @param weekly how the event repeats, or null for a single event
     */
    public record Event(Uid uid, Temporal start, Temporal end, Weekly weekly, String summary, String description) {

        public Event {
            if (!(start instanceof ZonedDateTime && end instanceof ZonedDateTime)
                    && !(start instanceof LocalDate && end instanceof LocalDate)) {
                throw new IllegalArgumentException("an event is timed or all-day: " + start + " to " + end);
            }
        }

        /** A series every {@code everyWeeks} weeks from {@code start}, {@code count} times, at the same local hour. */
        public static Event series(Uid uid, ZonedDateTime start, Duration length, int everyWeeks, int count,
                                   String summary, String description) {
            return new Event(uid, start, start.plus(length), new Weekly(everyWeeks, count), summary, description);
        }

        /** When the last occurrence ends, for the VTIMEZONE's span: the rules this class writes end by COUNT. */
        private ZonedDateTime lastEnd() {
            ZonedDateTime end = (ZonedDateTime) this.end;
            return weekly == null ? end : end.plusWeeks((long) weekly.everyWeeks() * (weekly.count() - 1));
        }
    }

    /** Every {@code everyWeeks} weeks, {@code count} times in all (RRULE, section 3.8.5.3). */
    public record Weekly(int everyWeeks, int count) {

        String rule() {
            return "FREQ=WEEKLY;INTERVAL=" + everyWeeks + ";COUNT=" + count;
        }
    }

    /** An event as a subscribed feed publishes it: with how often and when it last changed (section 3.8.7). */
    public record Revision(Event event, int sequence, Instant lastModified) {
    }

    static String event(Uid uid, Instant stamp, ZonedDateTime start, Duration length, String summary,
                        String description) {
        return file(new Event(uid, start, start.plus(length), null, summary, description), stamp);
    }

    /** A series every {@code everyWeeks} weeks from {@code start}, {@code count} times, at the same local hour. */
    public static String series(Uid uid, Instant stamp, ZonedDateTime start, Duration length, int everyWeeks,
                                int count, String summary, String description) {
        return file(Event.series(uid, start, length, everyWeeks, count, summary, description), stamp);
    }

    /** A downloaded file of one event. */
    public static String file(Event event, Instant stamp) {
        Calendar calendar = calendar();
        add(calendar, new Method(Method.VALUE_PUBLISH));
        ZonedDateTime start = (ZonedDateTime) event.start();
        calendar.add(timeZone(start, event.lastEnd()));
        calendar.add(vevent(event, stamp));
        return folded(calendar.toString());
    }

    /**
     * A subscribed feed (Outlook, Google): a name, a hint to refresh hourly, a VTIMEZONE for each zone of its timed
     * events (or {@code zones} when it has none), and each event with its SEQUENCE and LAST-MODIFIED.
     */
    public static String feed(String name, Instant stamp, List<Revision> revisions, Collection<ZoneId> zones) {
        Calendar calendar = calendar();
        add(calendar, new Method(Method.VALUE_PUBLISH));
        add(calendar, new XProperty("X-WR-CALNAME", text(name)));
        add(calendar, new XProperty("X-PUBLISHED-TTL", "PT1H"));
        Map<ZoneId, List<ZonedDateTime>> spans = new LinkedHashMap<>();
        zones.forEach(zone -> spans.put(zone, new ArrayList<>(List.of(stamp.atZone(zone)))));
        for (Revision revision : revisions) {
            if (revision.event().start() instanceof ZonedDateTime start) {
                List<ZonedDateTime> span = spans.computeIfAbsent(start.getZone(), zone -> new ArrayList<>());
                span.add(start);
                span.add(revision.event().lastEnd());
            }
        }
        spans.forEach((zone, times) -> calendar.add(timeZone(times.stream().min(Comparator.naturalOrder()).orElseThrow(),
                times.stream().max(Comparator.naturalOrder()).orElseThrow())));
        for (Revision revision : revisions) {
            VEvent event = vevent(revision.event(), stamp);
            add(event, new Sequence(revision.sequence()));
            add(event, new LastModified(revision.lastModified()));
            calendar.add(event);
        }
        return folded(calendar.toString());
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        add(calendar, new ProdId("-//mentormatch.io//Mentor Matching//EN"));
        add(calendar, new Version(new ParameterList(), Version.VALUE_2_0));
        add(calendar, new CalScale(CalScale.VALUE_GREGORIAN));
        return calendar;
    }

    private static VEvent vevent(Event e, Instant stamp) {
        VEvent event = new VEvent(false);
        add(event, new net.fortuna.ical4j.model.property.Uid(e.uid().toString()));
        add(event, new DtStamp(stamp));
        if (e.start() instanceof ZonedDateTime start) {
            add(event, new DtStart<>(zoned(start), start.toLocalDateTime()));
            add(event, new DtEnd<>(zoned(start), ((ZonedDateTime) e.end()).toLocalDateTime()));
        } else {
            add(event, new DtStart<>(date(), (LocalDate) e.start()));
            add(event, new DtEnd<>(date(), (LocalDate) e.end()));
        }
        if (e.weekly() != null) {
            add(event, new RRule<>(e.weekly().rule()));
        }
        add(event, new Summary(text(e.summary())));
        add(event, new Description(text(e.description())));
        return event;
    }

    private static ParameterList date() {
        return new ParameterList(List.<net.fortuna.ical4j.model.Parameter>of(Value.DATE));
    }

    private static ParameterList zoned(ZonedDateTime time) {
        return new ParameterList(List.<net.fortuna.ical4j.model.Parameter>of(new TzId(time.getZone().getId())));
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
