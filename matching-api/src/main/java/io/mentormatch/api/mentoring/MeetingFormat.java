package io.mentormatch.api.mentoring;

public enum MeetingFormat {
    IN_PERSON, VIDEO, PHONE
}
