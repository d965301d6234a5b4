package io.mentormatch.core.cohort;

import java.util.List;

/**
 * A faculty member or senior resident who can take mentees this year.
 *
 * @param capacity           how many mentees they can take this year
 * @param accepting          whether they take any mentee this year
 * @param preferredResidents residents they would like to mentor, most wanted first
 */
public record Mentor(MentorId id, String name, MentorKind kind, String specialty, List<String> interests,
                     WeeklyAvailability availability, int capacity, boolean accepting,
                     List<ResidentId> preferredResidents) {

    public Mentor {
        interests = List.copyOf(interests);
        preferredResidents = List.copyOf(preferredResidents);
    }

    /** Seats this mentor offers to the matching: none when not accepting. */
    public int effectiveCapacity() {
        return accepting ? Math.max(capacity, 0) : 0;
    }
}
