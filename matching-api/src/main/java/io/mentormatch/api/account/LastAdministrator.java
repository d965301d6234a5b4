package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/** The change would leave no enabled administrator, and nobody could manage accounts any more (409). */
public class LastAdministrator extends StateConflict {

    public LastAdministrator() {
        super("this is the last enabled administrator; make another administrator first");
    }
}
