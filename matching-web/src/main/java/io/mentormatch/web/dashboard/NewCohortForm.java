package io.mentormatch.web.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.cohort.NewCohort;

/** The "new cohort" form as posted; the rules are those of {@link NewCohort}. */
public record NewCohortForm(Long programId, String code, String name, String academicYear,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime preferenceDeadline) {

    static NewCohortForm empty() {
        return new NewCohortForm(null, "", "", "", null);
    }

    /** The value of the {@code datetime-local} input. */
    public String deadlineInput() {
        return preferenceDeadline == null ? "" : preferenceDeadline.withSecond(0).withNano(0).toString();
    }

    NewCohort toNewCohort(ZoneId zone) {
        return new NewCohort(programId, code, name, academicYear,
                preferenceDeadline == null ? null : preferenceDeadline.atZone(zone).toInstant(),
                null, null, null, null, null);
    }
}
