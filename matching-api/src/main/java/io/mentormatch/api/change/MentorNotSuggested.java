package io.mentormatch.api.change;

import io.mentormatch.api.problem.StateConflict;

public class MentorNotSuggested extends StateConflict {

    public MentorNotSuggested(String mentorName) {
        super(mentorName + " has no free seat or may not mentor this resident; choose another mentor from the list");
    }
}
