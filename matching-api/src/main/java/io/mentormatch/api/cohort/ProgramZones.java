package io.mentormatch.api.cohort;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.internal.ProgramEntity;
import io.mentormatch.api.cohort.internal.ProgramRepository;

/**
 * The time zone a cohort's dates and times are told in: its program's ({@link ProgramEntity#getTimeZone()}), UTC
 * for no cohort. Pages and mails write a time with the zone's name, so a reader elsewhere knows which hour it is.
 */
@Component
public class ProgramZones {

    private static final ZoneId NONE = ZoneId.of("UTC");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final CohortRepository cohorts;
    private final ProgramRepository programs;

    ProgramZones(CohortRepository cohorts, ProgramRepository programs) {
        this.cohorts = cohorts;
        this.programs = programs;
    }

    /** The zone of the cohort's program; UTC for no cohort or an unknown one. */
    @Transactional(readOnly = true)
    public ZoneId ofCohort(Long cohortId) {
        if (cohortId == null) {
            return NONE;
        }
        return cohorts.findById(cohortId).flatMap(c -> programs.findById(c.getProgramId()))
                .map(ProgramEntity::getTimeZone).orElse(NONE);
    }

    /** The zone of the program; UTC for an unknown one. */
    public ZoneId ofProgram(long programId) {
        return programs.findById(programId).map(ProgramEntity::getTimeZone).orElse(NONE);
    }

    /** e.g. {@code Wed 9 Dec 2026, 06:00 (America/Chicago)}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
