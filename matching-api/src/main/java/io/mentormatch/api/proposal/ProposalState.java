package io.mentormatch.api.proposal;

public enum ProposalState {
    PROPOSED,
    ACCEPTED,
    DECLINED
}
