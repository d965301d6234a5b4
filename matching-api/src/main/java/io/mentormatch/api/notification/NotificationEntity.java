package io.mentormatch.api.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One mail of the outbox: queued with the change it reports, then sent or tried; what went to whom, and what failed. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    /** From a sequence, 50 ids a time (pooled-lo), so that many inserts of one transaction go in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected NotificationEntity() {
    }

    NotificationEntity(String recipient, MailTemplate template, Mail mail, Long cohortId, Instant createdAt) {
        this.recipient = recipient;
        this.template = template.key();
        this.subject = mail.subject();
        this.body = mail.body();
        this.cohortId = cohortId;
        this.createdAt = createdAt;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        if (MailTemplate.PASSWORD_LINK.key().equals(template)) {
            // the link is the owner's alone: once it has left for their mailbox, the outbox keeps no usable copy
            body = "(The link to set a password was removed from the outbox once the mail was sent.)";
        }
    }

    void failed(String error, int attemptsSoFar) {
        attempts = attemptsSoFar;
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
