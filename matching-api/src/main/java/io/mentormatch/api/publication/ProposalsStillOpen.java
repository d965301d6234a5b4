package io.mentormatch.api.publication;

import java.util.Map;

import io.mentormatch.api.problem.StateConflict;

public class ProposalsStillOpen extends StateConflict {

    private final long open;

    public ProposalsStillOpen(long open) {
        super(open + " proposal(s) are still unanswered; wait for the mentors, or publish with an override and a reason");
        this.open = open;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("openProposals", open);
    }
}
