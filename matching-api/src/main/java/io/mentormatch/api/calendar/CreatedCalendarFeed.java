package io.mentormatch.api.calendar;

import java.time.Instant;

/**
 * A new calendar address, the only time it is ever shown: {@code url} for Google and the browser, {@code webcalUrl}
 * (the same address with the {@code webcal} scheme) for calendar programs that subscribe on a click.
 */
public record CreatedCalendarFeed(String url, String webcalUrl, Instant createdAt) {
}
