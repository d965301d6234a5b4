package io.mentormatch.api.nextyear;

import java.time.Instant;

/** A continuity request as the director and the resident see it. */
public record ContinuityRequestView(long id, String resident, String residentName, String mentor, String mentorName,
                                    Instant requestedAt, Instant pinnedAt) {

    public boolean pinned() {
        return pinnedAt != null;
    }
}
