package io.mentormatch.api.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A program's webhook: where its channel is (encrypted) and which events it hears. */
@Entity
@Table(name = "program_webhook")
class ProgramWebhookEntity {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatApp service;

    @Column(name = "url_encrypted", nullable = false)
    private String urlEncrypted;

    @Column(name = "url_masked", nullable = false)
    private String urlMasked;

    @Column(nullable = false)
    private String events;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected ProgramWebhookEntity() {
    }

    ProgramWebhookEntity(long programId) {
        this.programId = programId;
    }

    void change(ChatApp service, Set<WebhookEvent> events, Instant at, String by) {
        this.service = service;
        this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void address(String encrypted, String masked) {
        this.urlEncrypted = encrypted;
        this.urlMasked = masked;
    }

    boolean hasAddress() {
        return urlEncrypted != null;
    }

    Set<WebhookEvent> events() {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        if (!events.isEmpty()) {
            Arrays.stream(events.split(",")).map(WebhookEvent::valueOf).forEach(set::add);
        }
        return set;
    }

    boolean hears(WebhookEvent event) {
        return event == WebhookEvent.TEST_MESSAGE || events().contains(event);
    }

    long getProgramId() {
        return programId;
    }

    ChatApp getService() {
        return service;
    }

    String getUrlEncrypted() {
        return urlEncrypted;
    }

    String getUrlMasked() {
        return urlMasked;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
