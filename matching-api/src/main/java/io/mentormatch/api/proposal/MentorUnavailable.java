package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

/** The mentor chosen for a resident who needs a new one has no free seat, or may not mentor that resident. */
public class MentorUnavailable extends StateConflict {

    public MentorUnavailable(String mentorName) {
        super(mentorName + " has no free seat or may not mentor this resident; choose another mentor from the list");
    }
}
