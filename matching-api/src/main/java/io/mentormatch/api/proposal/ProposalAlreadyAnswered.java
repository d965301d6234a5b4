package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

/** A proposal its mentor has answered cannot be withdrawn: the answer stands (409). */
public class ProposalAlreadyAnswered extends StateConflict {

    public ProposalAlreadyAnswered(String mentorName, String residentName, ProposalState answer) {
        super(mentorName + " has already " + (answer == ProposalState.ACCEPTED ? "accepted" : "declined")
                + " the proposal to mentor " + residentName + ", so it can no longer be withdrawn.");
    }
}
