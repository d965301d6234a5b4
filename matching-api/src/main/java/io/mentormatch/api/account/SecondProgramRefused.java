package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** A program's directors group may not give an account a second program (409). */
public class SecondProgramRefused extends StateConflict {

    SecondProgramRefused(String detail) {
        super(detail);
    }
}
