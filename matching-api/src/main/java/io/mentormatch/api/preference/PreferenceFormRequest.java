package io.mentormatch.api.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A save of the form over HTTP, with the version the client read. */
public record PreferenceFormRequest(@NotNull Long version, @NotNull @Valid PreferenceForm form) {
}
