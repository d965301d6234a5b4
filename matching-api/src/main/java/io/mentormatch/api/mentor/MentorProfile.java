package io.mentormatch.api.mentor;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.cohort.CohortDefaults;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * What a mentor keeps up to date for one cohort.
 *
 * @param capacity  how many mentees they can take this year
 * @param accepting whether they take any mentee this year
 * @param preferredResidents residents they would like to mentor, most wanted first, at most the cohort's
 *                  {@code maxPreferredResidents}; left out = none. Never shown to a resident.
 */
public record MentorProfile(
        @NotBlank @Size(max = TextLimits.NAME) @PlainText String specialty,
        @Size(max = TextLimits.INTERESTS, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.INTEREST) @PlainText String> interests,
        @Size(max = TextLimits.SLOTS, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.SLOT) String> availability,
        @NotNull @Min(0) @Max(MentorProfile.MAX_CAPACITY) Integer capacity,
        @NotNull Boolean accepting,
        @Size(max = CohortDefaults.MAX_PREFERRED_LIMIT, message = "{mentormatch.list.size}")
        List<@NotBlank @Size(max = TextLimits.CODE) @PlainText String> preferredResidents) {

    public static final int MAX_CAPACITY = 50;

    public MentorProfile {
        specialty = specialty == null ? null : specialty.trim();
        interests = interests == null ? List.of() : interests.stream().map(s -> s == null ? null : s.trim()).toList();
        availability = availability == null ? List.of() : availability.stream().map(s -> s == null ? null : s.trim()).toList();
        preferredResidents = preferredResidents == null ? List.of()
                : preferredResidents.stream().map(s -> s == null ? null : s.trim()).toList();
    }
}
