package io.mentormatch.api.roster.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.mentormatch.api.cohort.CohortDataVersion;
import io.mentormatch.api.cohort.CohortOwned;
import io.mentormatch.api.roster.PairRuleKind;

/** A known fact about one resident-mentor pair of a cohort: a conflict, a decline, a pin or last year's pair. */
@Entity
@Table(name = "pair_rule")
@EntityListeners(CohortDataVersion.class)
public class PairRuleEntity implements CohortOwned {

    /** From a sequence, 50 ids a time (pooled-lo), so that a roster's rules insert in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pair_rule_seq")
    @SequenceGenerator(name = "pair_rule_seq", sequenceName = "pair_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairRuleKind kind;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PairRuleEntity() {
    }

    public PairRuleEntity(Long cohortId, PairRuleKind kind, Long residentId, Long mentorId, String reason, Instant createdAt) {
        this.cohortId = cohortId;
        this.kind = kind;
        this.residentId = residentId;
        this.mentorId = mentorId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public PairRuleKind getKind() {
        return kind;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
