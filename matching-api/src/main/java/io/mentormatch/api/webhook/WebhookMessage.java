package io.mentormatch.api.webhook;

/** A message for a program's channel before it takes Slack's or Teams' format: a title, a sentence, a link. */
record WebhookMessage(String title, String body, String link) {
}
