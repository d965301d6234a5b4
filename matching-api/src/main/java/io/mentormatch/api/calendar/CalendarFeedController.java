package io.mentormatch.api.calendar;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.web.RateLimits;
import io.mentormatch.api.text.Sha256;

@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** Each address has a read allowance of its own, as an account has: a runaway subscriber is slowed, not others. */
    static final String FEED_KEY = "calendar-feed:";

    private final CalendarFeeds feeds;
    private final RateLimits limits;

    CalendarFeedController(CalendarFeeds feeds, RateLimits limits) {
        this.feeds = feeds;
        this.limits = limits;
    }

    @Operation(summary = "Whether one has a calendar address", description = "The address itself is shown only when "
            + "it is made.")
    @GetMapping("/api/me/calendar-feed")
    CalendarFeedStatus mine() {
        return feeds.mine();
    }

    /** The address is in this answer only: it must never be cached on the way. */
    @Operation(summary = "Make or replace one's calendar address", description = "Answers the new address once, as "
            + "https and webcal. An address made before stops working at once. Only the secret's SHA-256 is stored.")
    @PostMapping("/api/me/calendar-feed")
    ResponseEntity<CreatedCalendarFeed> create() {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(feeds.create());
    }

    @Operation(summary = "Revoke one's calendar address", description = "Calendars subscribed to it stop updating.")
    @DeleteMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke() {
        feeds.revoke();
    }

    /**
     * The feed itself, fetched by Outlook and Google without signing in: the secret in the path is the credential.
     * An unknown, replaced or revoked secret is a plain 404, so nothing tells whether it ever existed.
     */
    @Operation(summary = "A person's calendar feed (RFC 5545)", description = "No sign-in: the secret in the address "
            + "is the credential. 404 for an unknown, replaced or revoked address; 429 when fetched too often.")
    @GetMapping(path = CalendarFeeds.PATH + "{secret}.ics", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String secret) {
        RateLimits.Verdict verdict = limits.take(FEED_KEY + Sha256.hex(secret), false);
        if (!verdict.allowed()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()))
                    .contentType(MediaType.TEXT_PLAIN).body("This calendar was fetched too often. Please try again later.");
        }
        return feeds.calendar(secret)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("This calendar address is unknown, or it was replaced or revoked."));
    }
}
