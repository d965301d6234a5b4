package io.mentormatch.api.account;

import java.time.Instant;

/**
 * A password an administrator revealed for a person without e-mail: shown once, to be changed by the user at the
 * next sign-in, and refused at sign-in after {@code expiresAt}.
 */
public record TemporaryPassword(String username, String temporaryPassword, Instant expiresAt) {
}
