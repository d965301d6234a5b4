package io.mentormatch.api.nextyear;

import io.mentormatch.api.problem.StateConflict;

public class NextYearExists extends StateConflict {

    public NextYearExists(String code) {
        super("the program already has a cohort " + code + ": next year's cohort was created before");
    }
}
