package io.mentormatch.api.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

/** How one event of a person's feed last looked, so its SEQUENCE rises when it changes (V76). */
@Entity
@Table(name = "calendar_feed_event")
class FeedEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String uid;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    protected FeedEventEntity() {
    }

    FeedEventEntity(long userId, String uid, String contentHash, Instant at) {
        this.userId = userId;
        this.uid = uid;
        this.contentHash = contentHash;
        this.lastModified = at;
    }

    String getUid() {
        return uid;
    }

    int getSequence() {
        return sequence;
    }

    Instant getLastModified() {
        return lastModified;
    }

    /** A changed event is a new revision; an unchanged one keeps its number and date. */
    void seen(String hash, Instant at) {
        if (!hash.equals(contentHash)) {
            contentHash = hash;
            sequence++;
            lastModified = at;
        }
    }
}
