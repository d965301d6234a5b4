package io.mentormatch.api.account;

import io.mentormatch.api.problem.StateConflict;

/**
 * The account may not be linked to that roster person (409): the person is linked to another account, the account
 * is on another program's roster, or it is no resident's or mentor's account. The rules are the roster import's.
 */
public class RosterLinkRefused extends StateConflict {

    public RosterLinkRefused(String why) {
        super(why);
    }
}
