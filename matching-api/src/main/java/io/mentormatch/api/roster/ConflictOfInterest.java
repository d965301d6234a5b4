package io.mentormatch.api.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * A resident-mentor pair that must never be matched, e.g. the mentor supervises or evaluates the resident.
 *
 * @param residentId the resident's id in the cohort
 * @param mentorId   the mentor's id in the cohort
 */
public record ConflictOfInterest(@NotBlank @Size(max = TextLimits.CODE) String residentId,
                                 @NotBlank @Size(max = TextLimits.CODE) String mentorId,
                                 @NotBlank @Size(max = TextLimits.REASON) @PlainText String reason) {
}
