package io.mentormatch.api.change.internal;

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

import io.mentormatch.api.change.ChangeRequestStatus;
import io.mentormatch.api.change.RequesterRole;

/**
 * A member's request to change the mentor of a published pairing, and the director's decision. The reason is
 * the director's to read; the other member of the pairing never sees it.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_role", nullable = false)
    private RequesterRole requesterRole;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeRequestStatus status = ChangeRequestStatus.OPEN;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "new_pairing_id")
    private Long newPairingId;

    @Version
    private long version;

    protected ChangeRequestEntity() {
    }

    public ChangeRequestEntity(long cohortId, long pairingId, String requestedBy, RequesterRole requesterRole, String reason,
                        Instant requestedAt) {
        this.cohortId = cohortId;
        this.pairingId = pairingId;
        this.requestedBy = requestedBy;
        this.requesterRole = requesterRole;
        this.reason = reason;
        this.requestedAt = requestedAt;
    }

    public void approve(String by, Instant at, long newPairing) {
        decide(ChangeRequestStatus.APPROVED, by, at, null);
        this.newPairingId = newPairing;
    }

    public void decline(String by, Instant at, String why) {
        decide(ChangeRequestStatus.DECLINED, by, at, why);
    }

    private void decide(ChangeRequestStatus decision, String by, Instant at, String why) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = why;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getPairingId() {
        return pairingId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public RequesterRole getRequesterRole() {
        return requesterRole;
    }

    public String getReason() {
        return reason;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getNewPairingId() {
        return newPairingId;
    }

    public long getVersion() {
        return version;
    }
}
