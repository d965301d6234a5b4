package io.mentormatch.api.account;

/** A password set by a reset: shown once to whoever reset it, to be changed by the user at the next sign-in. */
public record TemporaryPassword(String username, String temporaryPassword) {
}
