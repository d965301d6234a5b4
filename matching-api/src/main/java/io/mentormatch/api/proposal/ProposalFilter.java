package io.mentormatch.api.proposal;

/** What the director's review list shows. */
public enum ProposalFilter {
    /** Every current pairing, drafts included. */
    ALL,
    /** Residents without a current pairing. */
    UNMATCHED,
    /** Current pairings whose pair score is below a threshold. */
    LOW_SCORE,
    /** Declined proposals, with the mentor's reason. */
    DECLINED
}
