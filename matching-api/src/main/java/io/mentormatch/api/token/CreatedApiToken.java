package io.mentormatch.api.token;

/** A new token with its secret: the only time the secret is ever shown. */
public record CreatedApiToken(ApiTokenView details, String token) {
}
