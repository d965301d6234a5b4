package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.NotFound;

public class ProposalNotFound extends NotFound {

    public ProposalNotFound(long cohortId, long proposalId) {
        super("cohort " + cohortId + " has no proposal " + proposalId);
    }
}
