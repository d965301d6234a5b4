package io.mentormatch.api.publication.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The publication of a cohort's pairings: once per cohort. */
@Entity
@Table(name = "publication")
public class PublicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "overrode_open_proposals", nullable = false)
    private boolean overrodeOpenProposals;

    @Column(name = "override_reason")
    private String overrideReason;

    @Version
    private long version;

    protected PublicationEntity() {
    }

    public PublicationEntity(Long cohortId, Instant publishedAt, String publishedBy, boolean overrodeOpenProposals,
                      String overrideReason) {
        this.cohortId = cohortId;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.overrodeOpenProposals = overrodeOpenProposals;
        this.overrideReason = overrideReason;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isOverrodeOpenProposals() {
        return overrodeOpenProposals;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
