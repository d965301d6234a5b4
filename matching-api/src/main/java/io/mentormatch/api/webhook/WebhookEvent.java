package io.mentormatch.api.webhook;

/** What a program's channel may be told; the director chooses among all but the test message. */
public enum WebhookEvent {
    PAIRING_AT_RISK,
    CHANGE_REQUEST,
    DECLINE,
    RUN_FINISHED,
    SURVEY_CLOSING,
    /** Sent on the director's request to check the address; always delivered, never chosen. */
    TEST_MESSAGE
}
