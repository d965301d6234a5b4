package io.mentormatch.api.meeting;

import io.mentormatch.api.problem.StateConflict;

public class MeetingAlreadyConfirmed extends StateConflict {

    public MeetingAlreadyConfirmed(long meetingId) {
        super("meeting " + meetingId + " is already confirmed");
    }
}
