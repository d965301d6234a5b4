package io.mentormatch.api.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts webhook addresses at rest with AES-256-GCM: a database dump or backup alone does not let anyone post into
 * a program's channel. The key lives in the configuration ({@code mentormatch.webhooks.key}, 32 random bytes in
 * Base64), never in the database. The program's id is bound in as associated data, so a ciphertext copied onto
 * another program's row fails to decrypt instead of posting that program's news into the wrong channel.
 */
@Component
class WebhookCipher {

    private static final Logger log = LoggerFactory.getLogger(WebhookCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    WebhookCipher(@Value("${mentormatch.webhooks.key:}") String key,
                  @Value("${mentormatch.webhooks.generate-key:false}") boolean generate) {
        this.key = key.isBlank() ? generated(generate) : parsed(key.strip());
    }

    private static SecretKey parsed(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mentormatch.webhooks.key is not Base64: generate one with "
                    + "'openssl rand -base64 32' (docs/operations.md, \"Webhook key\")");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("mentormatch.webhooks.key must be 32 bytes (256 bits) in Base64, not "
                    + bytes.length + " bytes: generate one with 'openssl rand -base64 32'");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Only the demo and the tests may run on a key that dies with the process: their addresses are throwaway. */
    private static SecretKey generated(boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("mentormatch.webhooks.key is not set: the Teams and Slack webhook addresses "
                    + "are stored encrypted with it. Set MENTORMATCH_WEBHOOKS_KEY to the output of "
                    + "'openssl rand -base64 32' (docs/operations.md, \"Webhook key\")");
        }
        log.warn("mentormatch.webhooks.key is not set: webhook addresses are encrypted with a key generated for this "
                + "run only (mentormatch.webhooks.generate-key=true); they cannot be read after a restart");
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String encrypt(long programId, String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, programId, iv);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a webhook address", e);
        }
    }

    /** @throws IllegalStateException when the key changed or the row was tampered with */
    String decrypt(long programId, String encrypted) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("too short to be a ciphertext");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, programId, Arrays.copyOf(all, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the webhook address of program " + programId
                    + " cannot be decrypted with the configured key", e);
        }
    }

    private Cipher cipher(int mode, long programId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("program:" + programId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
