package io.mentormatch.api.account;

import java.time.Instant;

/** A link to set a password went to the account's own e-mail address; whoever asked never sees it. */
public record PasswordLinkSent(String username, Instant expiresAt) {
}
