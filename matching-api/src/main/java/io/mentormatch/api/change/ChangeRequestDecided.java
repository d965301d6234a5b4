package io.mentormatch.api.change;

import io.mentormatch.api.problem.StateConflict;

public class ChangeRequestDecided extends StateConflict {

    public ChangeRequestDecided(long requestId, ChangeRequestStatus status) {
        super("change request " + requestId + " is already "
                + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
