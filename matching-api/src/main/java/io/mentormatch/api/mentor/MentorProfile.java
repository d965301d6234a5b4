package io.mentormatch.api.mentor;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.PlainText;

/**
 * What a mentor keeps up to date for one cohort.
 *
 * @param capacity  how many mentees they can take this year
 * @param accepting whether they take any mentee this year
 */
public record MentorProfile(
        @NotBlank @Size(max = 200) @PlainText String specialty,
        @Size(max = 30) List<@NotBlank @Size(max = 100) @PlainText String> interests,
        @Size(max = 168) List<@NotBlank @Size(max = 6) String> availability,
        @NotNull @Min(0) @Max(MentorProfile.MAX_CAPACITY) Integer capacity,
        @NotNull Boolean accepting) {

    public static final int MAX_CAPACITY = 50;

    public MentorProfile {
        specialty = specialty == null ? null : specialty.trim();
        interests = interests == null ? List.of() : interests.stream().map(s -> s == null ? null : s.trim()).toList();
        availability = availability == null ? List.of() : availability.stream().map(s -> s == null ? null : s.trim()).toList();
    }
}
