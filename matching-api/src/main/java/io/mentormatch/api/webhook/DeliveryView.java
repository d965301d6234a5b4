package io.mentormatch.api.webhook;

import java.time.Instant;

/**
 * One line of the delivery log.
 *
 * @param nextAttemptAt when a pending message is tried next; null once delivered or given up
 * @param lastError     why the last failed attempt failed, in words (null when none failed)
 */
public record DeliveryView(long id, WebhookEvent event, String title, Instant createdAt, DeliveryStatus status,
                           int attempts, Instant nextAttemptAt, Instant finishedAt, String lastError) {
}
