package io.mentormatch.api.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one digest of the stored secrets that are high-entropy (API tokens, password links, recovery codes) and of the
 * sign-in limit's keys: a fast hash is enough where nobody can guess the input, unlike for passwords (BCrypt).
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
