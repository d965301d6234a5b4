package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

/** A re-match with minimal change is for a resident whose proposal a mentor declined. */
public class ProposalNotDeclined extends StateConflict {

    public ProposalNotDeclined(long proposalId, ProposalState state) {
        super("proposal " + proposalId + " is " + state.name().toLowerCase(java.util.Locale.ROOT)
                + ", not declined: only a declined resident is re-matched here");
    }
}
