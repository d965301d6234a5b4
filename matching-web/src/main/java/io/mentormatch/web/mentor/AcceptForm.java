package io.mentormatch.web.mentor;

import jakarta.validation.constraints.NotNull;

/** "Accept": the proposal version the mentor saw. */
record AcceptForm(@NotNull Long version) {
}
