package io.mentormatch.web.proposal;

import jakarta.validation.constraints.NotNull;

/** The pin and unpin buttons of a pairing. */
record PinForm(@NotNull Boolean pinned) {
}
