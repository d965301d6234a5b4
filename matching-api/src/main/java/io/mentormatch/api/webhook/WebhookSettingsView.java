package io.mentormatch.api.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A program's webhook as its director sees it: never the address itself, only its masked form; and the latest
 * deliveries, newest first.
 *
 * @param configured whether an address is saved (otherwise service, address and events are empty)
 */
public record WebhookSettingsView(long programId, boolean configured, ChatApp service, String maskedUrl,
                                  Set<WebhookEvent> events, Instant updatedAt, List<DeliveryView> deliveries) {
}
