package io.mentormatch.api.notification;

/** A rendered mail: subject and plain-text body. */
record Mail(String subject, String body) {
}
