package io.mentormatch.api.account;

import io.mentormatch.api.access.Role;

/**
 * A person on a cohort's roster, as an account page lists them: a membership of the account, or a roster person an
 * administrator may link an account to.
 *
 * @param role  {@code RESIDENT} or {@code MENTOR}: which roster the person is on
 * @param code  the person's id in the cohort file, for the link request (pages show the name, never the code)
 * @param email the e-mail address on the roster, if any
 */
public record RosterMember(long cohortId, String programName, String cohortName, Role role, String code, String name,
                           String email) {
}
