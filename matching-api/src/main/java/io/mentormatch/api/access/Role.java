package io.mentormatch.api.access;

/** What a signed-in person may do; a director's rights are limited to their own program. */
public enum Role {
    ADMIN,
    DIRECTOR,
    MENTOR,
    RESIDENT;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Administrators and directors run programs: the dashboard, the cohorts and the accounts are theirs. */
    public boolean manages() {
        return this == ADMIN || this == DIRECTOR;
    }

    /** Residents fill in preference forms. */
    public boolean fillsInPreferences() {
        return this == RESIDENT;
    }

    /** Mentors answer proposals and keep a mentor profile. */
    public boolean mentors() {
        return this == MENTOR;
    }
}
