package io.mentormatch.api.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * TOTP as RFC 6238 and every authenticator app know it: SHA-1, 6 digits, 30-second steps, a 160-bit secret. Time
 * comes from the injected {@link Clock}, so a test computes the same code from the secret. A code is accepted for
 * the step before and after the current one (clock drift of a phone), and only for a step later than the last one
 * accepted, so that a code seen over someone's shoulder cannot be used a second time (RFC 6238, section 5.2).
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    private final Clock clock;
    private final String issuer;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();

    TotpCodes(Clock clock, @Value("${mentormatch.security.totp-issuer:Mentor matching}") String issuer) {
        this.clock = clock;
        this.issuer = issuer;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The otpauth URI an authenticator app reads from the QR code. */
    String uri(String username, String secret) {
        return data(username, secret).getUri();
    }

    /** The QR code of the otpauth URI, as a data: URI of a PNG image (the CSP allows data: images only). */
    String qrCode(String username, String secret) {
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(png.generate(data(username, secret)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("a QR code of an otpauth URI always fits", e);
        }
    }

    /** The time step of the code if it is right and newer than {@code lastStep}; empty otherwise. */
    OptionalLong step(String secret, String code, long lastStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a stored secret is always valid base32", e);
        }
    }

    private QrData data(String username, String secret) {
        return new QrData.Builder().label(issuer + ":" + username).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
