package io.mentormatch.api.cadence;

import io.mentormatch.api.problem.StateConflict;

public class NoCommonHours extends StateConflict {

    public NoCommonHours(String residentName, String mentorName) {
        super(residentName + " and " + mentorName + " share no weekly hour to put a meeting series in: agree on your "
                + "meeting times by e-mail, or add hours to your availability");
    }
}
