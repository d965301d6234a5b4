package io.mentormatch.api.webhook;

import io.mentormatch.api.problem.StateConflict;

/** A test message needs an address to go to. */
public class WebhookNotSet extends StateConflict {

    public WebhookNotSet(long programId) {
        super("program " + programId + " has no webhook address; save one first");
    }
}
