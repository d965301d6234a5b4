package io.mentormatch.api.meeting;

import io.mentormatch.api.problem.StateConflict;

/** A pairing logged as many meetings today as a day allows. */
public class MeetingLimitReached extends StateConflict {

    public MeetingLimitReached(int limit) {
        super("This pairing has already logged " + limit + " meetings today, the most a day allows. "
                + "Please log further meetings tomorrow.");
    }
}
