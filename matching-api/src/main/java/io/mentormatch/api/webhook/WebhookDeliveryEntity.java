package io.mentormatch.api.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One message of the webhook outbox, and its line in the delivery log. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookEvent event;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected WebhookDeliveryEntity() {
    }

    WebhookDeliveryEntity(long programId, WebhookEvent event, WebhookMessage message, Instant at) {
        this.programId = programId;
        this.event = event;
        this.title = message.title();
        this.body = message.body();
        this.link = message.link();
        this.createdAt = at;
        this.nextAttemptAt = at;
        this.status = DeliveryStatus.PENDING;
    }

    void delivered(Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        // an earlier failure stays in the log: the director sees that it took a retry, and why
        finishedAt = at;
    }

    /** Waits {@code pause} before the next attempt, or gives up when this was the last one. */
    void failed(String error, Instant at, int maxAttempts, Duration pause) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 499) + "…" : error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.GAVE_UP;
            finishedAt = at;
        } else {
            nextAttemptAt = at.plus(pause);
        }
    }

    WebhookMessage message() {
        return new WebhookMessage(title, body, link);
    }

    DeliveryView view() {
        return new DeliveryView(id, event, title, createdAt, status, attempts,
                status == DeliveryStatus.PENDING ? nextAttemptAt : null, finishedAt, lastError);
    }

    Long getId() {
        return id;
    }

    long getProgramId() {
        return programId;
    }

    int getAttempts() {
        return attempts;
    }

    DeliveryStatus getStatus() {
        return status;
    }
}
