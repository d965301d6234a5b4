package io.mentormatch.api.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The re-match a mentor's decline computed, waiting for the director: nothing is proposed until they approve it or
 * choose another mentor. {@code mentorId} is null when no compatible mentor had a free seat.
 */
@Entity
@Table(name = "rematch_draft")
public class RematchDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "declined_proposal_id", nullable = false)
    private Long declinedProposalId;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(name = "mentor_id")
    private Long mentorId;

    @Column(name = "pair_score", nullable = false)
    private int pairScore;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "new_proposal_id")
    private Long newProposalId;

    protected RematchDraftEntity() {
    }

    public RematchDraftEntity(long cohortId, long declinedProposalId, long residentId, Long mentorId, int pairScore,
                       Instant createdAt) {
        this.cohortId = cohortId;
        this.declinedProposalId = declinedProposalId;
        this.residentId = residentId;
        this.mentorId = mentorId;
        this.pairScore = pairScore;
        this.createdAt = createdAt;
    }

    /** The director decided: {@code newProposal} is the proposal sent, null when the resident was re-matched otherwise. */
    public void decide(String by, Instant at, Long newProposal) {
        this.decidedBy = by;
        this.decidedAt = at;
        this.newProposalId = newProposal;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getDeclinedProposalId() {
        return declinedProposalId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public int getPairScore() {
        return pairScore;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getNewProposalId() {
        return newProposalId;
    }
}
