package io.mentormatch.api.roster;

import java.util.List;

/** What a mentor's own profile stores on their roster row. */
public record MentorProfileChange(String specialty, List<String> interests, List<String> availability, int capacity,
                                  boolean accepting, List<String> preferredResidents) {
}
