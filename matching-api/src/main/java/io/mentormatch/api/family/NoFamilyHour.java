package io.mentormatch.api.family;

import io.mentormatch.api.problem.StateConflict;

public class NoFamilyHour extends StateConflict {

    public NoFamilyHour(String mentorName) {
        super("The mentoring family of " + mentorName + " has no weekly hour in which the mentor and every member are free: agree on a time by e-mail");
    }
}
