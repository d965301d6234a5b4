package io.mentormatch.api.access;

/**
 * The signed-in person as the services see them.
 *
 * @param programId the director's program; null for other roles
 */
public record Actor(long userId, String username, Role role, Long programId) {

    public boolean is(Role other) {
        return role == other;
    }
}
