package io.mentormatch.api.account;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.access.Role;

/**
 * Which accounts to list; every filter may be left out.
 *
 * @param q         part of the username, display name or e-mail, case ignored
 * @param programId directors of the program, and residents and mentors on a roster of one of its cohorts
 */
public record AccountSearch(@Size(max = 200) String q, Role role, @Positive Long programId, Boolean enabled) {

    public static final AccountSearch ALL = new AccountSearch(null, null, null, null);
}
