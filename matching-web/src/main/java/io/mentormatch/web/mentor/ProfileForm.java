package io.mentormatch.web.mentor;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import io.mentormatch.api.mentor.MentorProfile;

/** The mentor's profile as the page posts it; the rules are those of {@link MentorProfile}. */
record ProfileForm(@NotNull Long version, String specialty, List<String> interests, List<String> availability,
                   Integer capacity, Boolean accepting, List<String> preferredResidents) {

    MentorProfile toProfile() {
        return new MentorProfile(specialty == null ? "" : specialty,
                interests == null ? List.of() : interests.stream().filter(i -> i != null && !i.isBlank()).toList(),
                availability == null ? List.of() : availability, capacity, Boolean.TRUE.equals(accepting),
                preferredResidents == null ? List.of() : preferredResidents);
    }
}
