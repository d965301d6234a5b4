package io.mentormatch.api.webhook;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** A program's Teams or Slack webhook, for its directors and the administrators. */
@RestController
@RequestMapping("/api/programs/{programId}/webhook")
class WebhookController {

    private final WebhookSettings settings;

    WebhookController(WebhookSettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "Read a program's webhook settings and delivery log", description = "The address only "
            + "masked; the latest deliveries, newest first, each with its attempts and the last error in words.")
    @GetMapping
    WebhookSettingsView view(@PathVariable long programId) {
        return settings.view(programId);
    }

    @Operation(summary = "Set a program's webhook", description = "A Slack incoming webhook or a Teams Workflows "
            + "webhook address (https, on the allowed hosts), stored encrypted; leave out the address to keep the "
            + "saved one and change only the service or the events.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookSettingsView change(@PathVariable long programId, @Valid @RequestBody WebhookSettingsRequest request) {
        return settings.change(programId, request);
    }

    @Operation(summary = "Remove a program's webhook", description = "Forgets the address; the delivery log stays.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long programId) {
        settings.remove(programId);
    }

    @Operation(summary = "Send a test message", description = "Queued like any message; its outcome shows in the "
            + "delivery log within seconds.")
    @PostMapping("/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView test(@PathVariable long programId) {
        return settings.sendTest(programId);
    }
}
