package io.mentormatch.api.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the due messages of the webhook outbox, oldest first, as a Quartz job the cluster runs on one instance at a
 * time. A failed post is tried again after a pause that doubles each time ({@code retry-pause}, 2x, 4x, ... at most
 * an hour) until {@code max-attempts}; then the message is given up and the delivery log says why in words. No
 * database connection is held while a chat service is talked to.
 */
@Component
public class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 100;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final WebhookDeliveryRepository deliveries;
    private final ProgramWebhookRepository webhooks;
    private final WebhookCipher cipher;
    private final HttpClient http;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryPause;

    WebhookDelivery(WebhookDeliveryRepository deliveries, ProgramWebhookRepository webhooks, WebhookCipher cipher,
                    HttpClient webhookHttpClient, TransactionTemplate tx, Clock clock,
                    @Value("${mentormatch.webhooks.max-attempts:6}") int maxAttempts,
                    @Value("${mentormatch.webhooks.retry-pause:1m}") Duration retryPause) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.http = webhookHttpClient;
        this.tx = tx;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryPause = retryPause;
    }

    /** @return how many messages were delivered in this round */
    public int deliverDue() {
        List<Long> due = tx.execute(status -> deliveries.findDue(clock.instant(), PageRequest.of(0, BATCH)));
        int delivered = 0;
        for (long id : due) {
            Attempt attempt = prepareSafely(id);
            String error = attempt.error() != null ? attempt.error() : post(attempt);
            tx.executeWithoutResult(status -> record(id, error, attempt.error() != null));
            delivered += error == null ? 1 : 0;
        }
        return delivered;
    }

    /** A message that cannot even be prepared is given up, so that it does not block the ones behind it forever. */
    private Attempt prepareSafely(long id) {
        try {
            return tx.execute(status -> prepare(id));
        } catch (RuntimeException e) {
            log.error("webhook delivery {} could not be prepared", id, e);
            return Attempt.failed("The message could not be prepared because of an error on our side; see the server log.");
        }
    }

    /** The address and payload, read and decrypted in a short transaction of their own. */
    private Attempt prepare(long id) {
        WebhookDeliveryEntity delivery = deliveries.findById(id).orElseThrow();
        ProgramWebhookEntity webhook = webhooks.findById(delivery.getProgramId()).orElse(null);
        if (webhook == null) {
            return Attempt.failed("The program has no webhook address any more, so the message was not sent.");
        }
        try {
            String url = cipher.decrypt(webhook.getProgramId(), webhook.getUrlEncrypted());
            return new Attempt(URI.create(url), webhook.getService(), WebhookPayloads.of(webhook.getService(),
                    delivery.message()), null);
        } catch (IllegalStateException e) {
            log.warn("webhook delivery {}: {}", id, e.getMessage());
            return Attempt.failed("The saved webhook address cannot be read with the server's current key. "
                    + "Save the address again.");
        }
    }

    /** @return null when delivered, else why not in the director's words */
    private String post(Attempt attempt) {
        String service = attempt.app() == ChatApp.SLACK ? "Slack" : "Teams";
        HttpRequest request = HttpRequest.newBuilder(attempt.url()).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : answered(service, response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            return "Could not connect to " + service + " within " + WebhookConfiguration.CONNECT_TIMEOUT.toSeconds()
                    + " seconds.";
        } catch (HttpTimeoutException e) {
            return service + " did not answer within " + ANSWER_TIMEOUT.toSeconds() + " seconds.";
        } catch (ConnectException e) {
            return "Could not connect to " + service + " at " + attempt.url().getHost() + ".";
        } catch (IOException e) {
            return "The connection to " + service + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "The server stopped while sending; the message is sent again.";
        }
    }

    static String answered(String service, int status) {
        String why = switch (status) {
            case 400 -> "it did not accept the message";
            case 401, 403 -> "the address may no longer post to the channel";
            case 404 -> "the address does not exist (the webhook or workflow may have been removed)";
            case 410 -> "the channel was archived or deleted";
            case 413 -> "the message was too long";
            case 429 -> "too many messages at once";
            default -> status >= 500 ? "a problem on its side" : "an unexpected answer";
        };
        return service + " answered " + status + ": " + why + ".";
    }

    private void record(long id, String error, boolean giveUp) {
        WebhookDeliveryEntity delivery = deliveries.findById(id).orElseThrow();
        if (error == null) {
            delivery.delivered(clock.instant());
            return;
        }
        log.info("webhook delivery {} (program {}) failed on attempt {}: {}", id, delivery.getProgramId(),
                delivery.getAttempts() + 1, error);
        delivery.failed(error, clock.instant(), giveUp ? delivery.getAttempts() + 1 : maxAttempts, pause(delivery.getAttempts()));
    }

    private Duration pause(int attemptsBefore) {
        Duration pause = retryPause.multipliedBy(1L << Math.min(attemptsBefore, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private record Attempt(URI url, ChatApp app, String payload, String error) {

        static Attempt failed(String error) {
            return new Attempt(null, null, null, error);
        }
    }
}
