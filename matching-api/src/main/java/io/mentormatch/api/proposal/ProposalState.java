package io.mentormatch.api.proposal;

/** The pairing states of the design brief. */
public enum ProposalState {
    PROPOSED,
    ACCEPTED,
    DECLINED
}
