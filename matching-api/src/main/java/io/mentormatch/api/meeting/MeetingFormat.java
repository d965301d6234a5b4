package io.mentormatch.api.meeting;

public enum MeetingFormat {
    IN_PERSON, VIDEO, PHONE
}
