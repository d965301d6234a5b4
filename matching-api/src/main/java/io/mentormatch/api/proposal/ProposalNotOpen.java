package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class ProposalNotOpen extends StateConflict {

    public ProposalNotOpen(long proposalId, String why) {
        super("proposal " + proposalId + " cannot be answered: " + why);
    }
}
