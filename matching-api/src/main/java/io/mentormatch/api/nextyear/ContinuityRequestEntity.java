package io.mentormatch.api.nextyear;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A continuing resident's request to keep last year's mentor, until the director pins the pair. */
@Entity
@Table(name = "continuity_request")
public class ContinuityRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Version
    private long version;

    protected ContinuityRequestEntity() {
    }

    ContinuityRequestEntity(Long cohortId, Long residentId, Long mentorId, Instant requestedAt) {
        this.cohortId = cohortId;
        this.residentId = residentId;
        this.mentorId = mentorId;
        this.requestedAt = requestedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    void pin(Instant at) {
        this.pinnedAt = at;
    }
}
