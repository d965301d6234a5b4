package io.mentormatch.api.text;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one maker of the secrets a person holds and the service keeps only as {@link Sha256} (API tokens, links to set
 * a password, calendar addresses): 32 random bytes, URL-safe, so they fit in an address without escaping.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String random256Bits() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
