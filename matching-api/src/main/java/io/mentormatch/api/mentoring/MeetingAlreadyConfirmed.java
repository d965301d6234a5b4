package io.mentormatch.api.mentoring;

import io.mentormatch.api.system.StateConflict;

public class MeetingAlreadyConfirmed extends StateConflict {

    public MeetingAlreadyConfirmed(long meetingId) {
        super("meeting " + meetingId + " is already confirmed");
    }
}
