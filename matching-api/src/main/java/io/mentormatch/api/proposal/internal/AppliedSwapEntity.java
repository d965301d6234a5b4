package io.mentormatch.api.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A swap of two draft pairings the director applied, with each pairing's mentor before it, so it can be reverted. */
@Entity
@Table(name = "applied_swap")
public class AppliedSwapEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "first_proposal_id", nullable = false)
    private Long firstProposalId;

    @Column(name = "second_proposal_id", nullable = false)
    private Long secondProposalId;

    @Column(name = "first_mentor_id", nullable = false)
    private Long firstMentorId;

    @Column(name = "second_mentor_id", nullable = false)
    private Long secondMentorId;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    @Column(name = "reverted_at")
    private Instant revertedAt;

    protected AppliedSwapEntity() {
    }

    public AppliedSwapEntity(long cohortId, long firstProposalId, long secondProposalId, long firstMentorId,
                      long secondMentorId, Instant appliedAt, String appliedBy) {
        this.cohortId = cohortId;
        this.firstProposalId = firstProposalId;
        this.secondProposalId = secondProposalId;
        this.firstMentorId = firstMentorId;
        this.secondMentorId = secondMentorId;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    public void revert(Instant at) {
        this.revertedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getFirstProposalId() {
        return firstProposalId;
    }

    public Long getSecondProposalId() {
        return secondProposalId;
    }

    /** The first pairing's mentor before the swap. */
    public Long getFirstMentorId() {
        return firstMentorId;
    }

    /** The second pairing's mentor before the swap. */
    public Long getSecondMentorId() {
        return secondMentorId;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getRevertedAt() {
        return revertedAt;
    }
}
