package io.mentormatch.api.account;

import java.util.List;

/** The variables name a first administrator that the account rules refuse; the start-up stops. */
class FirstAdministratorRefused extends IllegalStateException {

    FirstAdministratorRefused(List<String> problems) {
        super("The first administrator cannot be created: " + String.join("; ", problems) + ".");
    }
}
