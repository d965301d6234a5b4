package io.mentormatch.api.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.PlainText;

/**
 * A resident-mentor pair that must never be matched, e.g. the mentor supervises or evaluates the resident.
 *
 * @param residentId the resident's id in the cohort
 * @param mentorId   the mentor's id in the cohort
 */
public record ConflictOfInterest(@NotBlank @Size(max = 64) String residentId,
                                 @NotBlank @Size(max = 64) String mentorId,
                                 @NotBlank @Size(max = 1000) @PlainText String reason) {
}
