package io.mentormatch.api.system;

/** What a signed-in person may do; a director's rights are limited to their own program. */
public enum Role {
    ADMIN,
    DIRECTOR,
    MENTOR,
    RESIDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
