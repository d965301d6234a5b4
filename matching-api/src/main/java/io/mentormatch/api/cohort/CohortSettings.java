package io.mentormatch.api.cohort;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.CohortInfo;

/**
 * Every editable setting of a cohort, sent whole, with the version the client read: a stale version is refused
 * with 409 and the fields someone else changed. {@code maxPreferredResidents} left out keeps the current value
 * (clients written before it existed); {@code familySize} left out means one-to-one mentoring.
 * {@code peerMentoring} turns the senior-resident peer-mentor layer on or off and {@code peerWeights} are that layer's
 * weights; either left out keeps the current value (clients written before the layer existed).
 * {@code reproposeDeclines} on re-proposes a declined resident at once, off makes the re-match a draft for the
 * director; left out keeps the current value.
 */
public record CohortSettings(
        @NotNull Long version,
        @NotBlank @Size(max = TextLimits.NAME) @PlainText String name,
        @NotBlank @Pattern(regexp = CohortDefaults.ACADEMIC_YEAR_PATTERN, message = "must look like 2027-2028") String academicYear,
        Instant preferenceDeadline,
        @NotNull @Min(1) @Max(CohortDefaults.MAX_RESPONSE_WINDOW_DAYS) Integer responseWindowDays,
        @NotNull @Min(1) @Max(CohortDefaults.MAX_RANKED_LIMIT) Integer maxRankedMentors,
        @Min(0) @Max(CohortDefaults.MAX_PREFERRED_LIMIT) Integer maxPreferredResidents,
        @NotNull Boolean requireSameSpecialty,
        @NotNull Boolean preferContinuity,
        @NotNull @Valid WeightSettings weights,
        @Min(CohortInfo.MIN_FAMILY_SIZE) @Max(CohortDefaults.MAX_FAMILY_SIZE) Integer familySize,
        Boolean peerMentoring,
        @Valid WeightSettings peerWeights,
        Boolean reproposeDeclines) {

    /** Settings from a client written before the decline setting: it keeps its current value. */
    public CohortSettings(Long version, String name, String academicYear, Instant preferenceDeadline,
                          Integer responseWindowDays, Integer maxRankedMentors, Integer maxPreferredResidents,
                          Boolean requireSameSpecialty, Boolean preferContinuity, WeightSettings weights,
                          Integer familySize, Boolean peerMentoring, WeightSettings peerWeights) {
        this(version, name, academicYear, preferenceDeadline, responseWindowDays, maxRankedMentors,
                maxPreferredResidents, requireSameSpecialty, preferContinuity, weights, familySize, peerMentoring,
                peerWeights, null);
    }

    /** Settings from a client written before the peer-mentor layer: it keeps its current state. */
    public CohortSettings(Long version, String name, String academicYear, Instant preferenceDeadline,
                          Integer responseWindowDays, Integer maxRankedMentors, Integer maxPreferredResidents,
                          Boolean requireSameSpecialty, Boolean preferContinuity, WeightSettings weights,
                          Integer familySize) {
        this(version, name, academicYear, preferenceDeadline, responseWindowDays, maxRankedMentors,
                maxPreferredResidents, requireSameSpecialty, preferContinuity, weights, familySize, null, null, null);
    }
}
