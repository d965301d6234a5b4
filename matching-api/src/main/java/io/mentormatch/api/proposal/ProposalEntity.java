package io.mentormatch.api.proposal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.system.JsonList;

/**
 * A pairing of a run: proposed to the mentor (once {@code sentAt} is set), then accepted or declined. A pairing
 * replaced by a later run or a manual change keeps its row with {@code supersededAt} set.
 */
@Entity
@Table(name = "proposal")
public class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.PROPOSED;

    @Column(name = "pair_score", nullable = false)
    private int pairScore;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> reasons = List.of();

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "overdue_flagged_at")
    private Instant overdueFlaggedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    private long version;

    protected ProposalEntity() {
    }

    public ProposalEntity(Long cohortId, Long runId, Long residentId, Long mentorId, int pairScore, List<String> reasons) {
        this.cohortId = cohortId;
        this.runId = runId;
        this.residentId = residentId;
        this.mentorId = mentorId;
        this.pairScore = pairScore;
        this.reasons = List.copyOf(reasons);
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getRunId() {
        return runId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public ProposalState getState() {
        return state;
    }

    public void setState(ProposalState state) {
        this.state = state;
    }

    public int getPairScore() {
        return pairScore;
    }

    public void setPairScore(int pairScore) {
        this.pairScore = pairScore;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = List.copyOf(reasons);
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getOverdueFlaggedAt() {
        return overdueFlaggedAt;
    }

    public void setOverdueFlaggedAt(Instant overdueFlaggedAt) {
        this.overdueFlaggedAt = overdueFlaggedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public void setSupersededAt(Instant supersededAt) {
        this.supersededAt = supersededAt;
    }

    public long getVersion() {
        return version;
    }
}
