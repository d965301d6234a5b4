package io.mentormatch.api.calendar;

import java.time.Instant;

/**
 * Whether a person has a live calendar address. The address itself is shown only when it is made.
 *
 * @param createdAt when the live address was made; null when there is none
 */
public record CalendarFeedStatus(boolean active, Instant createdAt) {
}
