package io.mentormatch.api.mentoring;

import io.mentormatch.api.system.NotFound;

public class MeetingNotFound extends NotFound {

    public MeetingNotFound(long pairingId, long meetingId) {
        super("pairing " + pairingId + " has no meeting " + meetingId);
    }
}
