package io.mentormatch.web.cohort;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.cohort.CohortSettings;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.WeightSettings;

/**
 * The settings form as the browser posts it (flat fields, a local date-time); the rules live on
 * {@link CohortSettings}, which this turns into.
 */
public record SettingsForm(@NotNull Long version, String name, String academicYear,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime preferenceDeadline,
                    Integer responseWindowDays, Integer maxRankedMentors, Integer maxPreferredResidents,
                    boolean requireSameSpecialty, boolean preferContinuity,
                    Integer specialty, Integer interests, Integer availability, Integer residentRank,
                    Integer mentorPreference, Integer loadBalance, Integer repeatPair, Integer familySize) {

    static SettingsForm of(CohortView c, ZoneId zone) {
        WeightSettings w = c.weights();
        return new SettingsForm(c.version(), c.name(), c.academicYear(),
                c.preferenceDeadline() == null ? null : LocalDateTime.ofInstant(c.preferenceDeadline(), zone),
                c.responseWindowDays(), c.maxRankedMentors(), c.maxPreferredResidents(), c.requireSameSpecialty(), c.preferContinuity(),
                w.specialty(), w.interests(), w.availability(), w.residentRank(), w.mentorPreference(),
                w.loadBalance(), w.repeatPair(), c.familySize());
    }

    CohortSettings toSettings(ZoneId zone) {
        return new CohortSettings(version, name, academicYear,
                preferenceDeadline == null ? null : preferenceDeadline.atZone(zone).toInstant(),
                responseWindowDays, maxRankedMentors, maxPreferredResidents, requireSameSpecialty, preferContinuity,
                new WeightSettings(specialty, interests, availability, residentRank, mentorPreference, loadBalance, repeatPair),
                familySize);
    }

    public Integer weight(String field) {
        return switch (field) {
            case "specialty" -> specialty;
            case "interests" -> interests;
            case "availability" -> availability;
            case "residentRank" -> residentRank;
            case "mentorPreference" -> mentorPreference;
            case "loadBalance" -> loadBalance;
            case "repeatPair" -> repeatPair;
            default -> throw new IllegalArgumentException("no weight " + field);
        };
    }
}
