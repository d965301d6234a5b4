package io.mentormatch.web.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.webhook.ChatApp;
import io.mentormatch.api.webhook.WebhookEvent;
import io.mentormatch.api.webhook.WebhookSettingsRequest;

/** The webhook settings form; the api module's {@link WebhookSettingsRequest} holds the same rules. */
public record WebhookForm(@NotNull(message = "Choose Slack or Microsoft Teams.") ChatApp service,
                          @Size(max = 1000, message = "A webhook address has at most 1000 characters.") String url,
                          @Size(max = 5) Set<WebhookEvent> events) {

    WebhookSettingsRequest toRequest() {
        return new WebhookSettingsRequest(service, url, events == null ? Set.of() : events);
    }
}
