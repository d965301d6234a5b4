package io.mentormatch.web.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.ProgramZones;

/** How the pages write stages, times and durations; templates call it as {@code @fmt}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone = ZoneId.systemDefault();
    private final ProgramZones programZones;
    private final MessageSource messages;

    Formats(ProgramZones programZones, MessageSource messages) {
        this.programZones = programZones;
        this.messages = messages;
    }

    /** A cohort's stage in the catalogue's words ({@code cohort.stage.*}), never the enum's name. */
    public String stage(CohortState state) {
        return Phrases.say(messages, "cohort.stage." + state.name());
    }

    public String stageClass(CohortState state) {
        return "stage stage-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String dateTime(Instant instant) {
        return instant == null ? notSet() : DATE_TIME.format(instant.atZone(zone));
    }

    /** A time of a cohort's year in its program's time zone, which it names: {@code Wed 9 Dec 2026, 06:00 (America/Chicago)}. */
    public String dateTime(Instant instant, Long cohortId) {
        return instant == null ? notSet() : ProgramZones.dateTime(instant, programZones.ofCohort(cohortId));
    }

    /** The zone a cohort's times are told in, for a page that writes local times (such as suggested meetings). */
    public ZoneId zoneOf(Long cohortId) {
        return programZones.ofCohort(cohortId);
    }

    /** A day as pages write it: {@code 9 Dec 2026}. Times of day are already in the zone the page names. */
    public String date(Temporal day) {
        return day == null ? "" : DATE.format(local(day));
    }

    /** A day and time of day as pages write them: {@code Wed 9 Dec 2026, 06:00}. */
    public String dayAndTime(Temporal time) {
        return time == null ? "" : DAY_AND_TIME.format(local(time));
    }

    private String notSet() {
        return Phrases.say(messages, "time.notSet");
    }

    private TemporalAccessor local(Temporal time) {
        return time instanceof Instant instant ? instant.atZone(zone) : time;
    }

    /** The value of a {@code datetime-local} input, in the server's zone. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public String duration(Long millis) {
        if (millis == null) {
            return "–";
        }
        long seconds = millis / 1000;
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
