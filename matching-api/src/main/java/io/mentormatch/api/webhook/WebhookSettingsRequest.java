package io.mentormatch.api.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param url    the incoming-webhook address; leave it out to keep the saved one (it is never shown again)
 * @param events what the channel hears; may be empty to pause the messages
 */
public record WebhookSettingsRequest(@NotNull ChatApp service, @Size(max = 1000) String url,
                                     @NotNull @Size(max = 5) Set<WebhookEvent> events) {
}
