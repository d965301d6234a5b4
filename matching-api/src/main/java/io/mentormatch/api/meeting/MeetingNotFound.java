package io.mentormatch.api.meeting;

import io.mentormatch.api.problem.NotFound;

public class MeetingNotFound extends NotFound {

    public MeetingNotFound(long pairingId, long meetingId) {
        super("pairing " + pairingId + " has no meeting " + meetingId);
    }
}
