package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class NoNewMentorFound extends StateConflict {

    public NoNewMentorFound(String resident) {
        super("no compatible mentor can take " + resident + ", even with the moves allowed; allow more moves,"
                + " free a seat, or decline the request");
    }
}
