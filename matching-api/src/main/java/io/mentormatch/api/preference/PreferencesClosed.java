package io.mentormatch.api.preference;

import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.problem.StateConflict;

/** The cohort is not collecting preferences (not yet opened, or matching has started). */
public class PreferencesClosed extends StateConflict {

    public PreferencesClosed(CohortState state) {
        super("preference forms can be changed only while the cohort is open for preferences; it is " + state.words());
    }
}
