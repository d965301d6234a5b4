package io.mentormatch.api.family;

import io.mentormatch.api.system.StateConflict;

public class NoFamilyHour extends StateConflict {

    public NoFamilyHour(String mentorCode) {
        super("the mentoring family of " + mentorCode + " has no weekly hour in which the mentor and every member are free");
    }
}
