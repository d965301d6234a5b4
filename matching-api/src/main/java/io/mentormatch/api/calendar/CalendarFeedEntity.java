package io.mentormatch.api.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's calendar address. The secret itself is never stored, only its SHA-256 (V76). */
@Entity
@Table(name = "calendar_feed")
class CalendarFeedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeedEntity() {
    }

    CalendarFeedEntity(long userId, String secretHash, Instant createdAt) {
        this.userId = userId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    long getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }
}
