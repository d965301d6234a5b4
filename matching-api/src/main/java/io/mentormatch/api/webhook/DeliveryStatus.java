package io.mentormatch.api.webhook;

public enum DeliveryStatus {
    /** Queued, or failed and waiting for its next attempt. */
    PENDING,
    DELIVERED,
    /** Failed on every attempt; the director reads why in the delivery log. */
    GAVE_UP
}
