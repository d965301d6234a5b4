package io.mentormatch.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The encryption of webhook addresses at rest, and the start-up checks of its key. */
class WebhookCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String ADDRESS = "https://hooks.slack.com/services/T0/B0/secret";

    @Test
    void decryptsWhatItEncryptedForTheSameProgramOnly() {
        WebhookCipher cipher = new WebhookCipher(KEY, false);
        String sealed = cipher.encrypt(7, ADDRESS);

        assertThat(sealed).doesNotContain("secret").doesNotContain("hooks");
        assertThat(cipher.encrypt(7, ADDRESS)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(7, sealed)).isEqualTo(ADDRESS);
        assertThatThrownBy(() -> cipher.decrypt(8, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WebhookCipher(Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'), false)
                .decrypt(7, sealed)).as("another key").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesGarbageAsIllegalStateNotAsACrash() {
        WebhookCipher cipher = new WebhookCipher(KEY, false);
        for (String garbage : new String[] {"bm90LWEtY2lwaGVydGV4dA==", "not base64 at all", "", "AAAA"}) {
            assertThatThrownBy(() -> cipher.decrypt(7, garbage)).as(garbage).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void refusesToStartWithoutAKeyUnlessAskedToGenerateOne() {
        assertThatThrownBy(() -> new WebhookCipher("", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("mentormatch.webhooks.key is not set");
        assertThatThrownBy(() -> new WebhookCipher(Base64.getEncoder().encodeToString(new byte[16]), false))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new WebhookCipher("%%%", false)).hasMessageContaining("is not Base64");
        WebhookCipher generated = new WebhookCipher("", true);
        assertThat(generated.decrypt(1, generated.encrypt(1, ADDRESS))).isEqualTo(ADDRESS);
    }
}
