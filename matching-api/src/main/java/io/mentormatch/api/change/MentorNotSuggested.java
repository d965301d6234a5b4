package io.mentormatch.api.change;

import io.mentormatch.api.system.StateConflict;

public class MentorNotSuggested extends StateConflict {

    public MentorNotSuggested(String mentor) {
        super("mentor " + mentor + " has no free seat or may not mentor this resident;"
                + " choose one of the suggestions");
    }
}
