package io.mentormatch.api.calendar;

import io.mentormatch.api.problem.NotFound;

/** The caller has no live calendar address to revoke. */
public class CalendarFeedNotFound extends NotFound {

    public CalendarFeedNotFound() {
        super("you have no calendar address");
    }
}
