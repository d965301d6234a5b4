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

/** A cohort to create; settings left out take the defaults of {@link CohortDefaults}. */
public record NewCohort(
        @NotNull Long programId,
        @NotBlank @Size(max = TextLimits.CODE) @Pattern(regexp = CohortDefaults.CODE_PATTERN, message = "letters, digits, '-', '_' or '.'") String code,
        @NotBlank @Size(max = TextLimits.NAME) @PlainText String name,
        @NotBlank @Pattern(regexp = CohortDefaults.ACADEMIC_YEAR_PATTERN, message = "must look like 2027-2028") String academicYear,
        Instant preferenceDeadline,
        @Min(1) @Max(CohortDefaults.MAX_RESPONSE_WINDOW_DAYS) Integer responseWindowDays,
        @Min(1) @Max(CohortDefaults.MAX_RANKED_LIMIT) Integer maxRankedMentors,
        Boolean requireSameSpecialty,
        Boolean preferContinuity,
        @Valid WeightSettings weights) {
}
