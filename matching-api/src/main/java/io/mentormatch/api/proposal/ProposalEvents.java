package io.mentormatch.api.proposal;

import java.util.List;

/** What the proposal workflow tells the rest of the application (the mail notifications) after it commits. */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    /** Proposals that just went to their mentors. */
    public record Sent(long cohortId, List<Long> proposalIds) {
    }

    /**
     * A re-match moved a resident: their proposal {@code withdrawnId} (ended, once published) gave way to
     * {@code replacementId}, sent to another mentor. The mentor it was sent to hears that it is withdrawn.
     *
     * @param madeRoom whether the resident moved to make room for the one re-matched (false: that resident)
     */
    public record Withdrawn(long cohortId, long withdrawnId, long replacementId, boolean madeRoom) {
    }

    /** Sent proposals the director took back before their mentors answered: drafts again. */
    public record Recalled(long cohortId, List<Long> proposalIds) {
    }

    /**
     * A mentor declined the proposal {@code declinedProposalId}, and the resident's re-match waits for the director's
     * review ({@link DeclineDrafts}); {@code mentorId} is the suggested mentor, null when none has a free seat.
     */
    public record RematchDrafted(long cohortId, long draftId, long declinedProposalId, long residentId, Long mentorId) {
    }

    /** A mentor accepted or declined a proposal. */
    public record Decided(long cohortId, long proposalId, ProposalState decision) {
    }
}
