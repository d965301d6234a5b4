package io.mentormatch.api.mentor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public record MentorProfileRequest(@NotNull Long version, @NotNull @Valid MentorProfile profile) {
}
