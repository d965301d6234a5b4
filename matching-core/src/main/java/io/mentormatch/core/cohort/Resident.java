package io.mentormatch.core.cohort;

import java.util.List;
import java.util.Set;

/**
 * An incoming resident and their preference form.
 *
 * @param ranking                mentors they would like, best first
 * @param avoid                  mentors they must never get
 * @param openToOtherSpecialties a preference only: a mentor from another specialty stays compatible
 */
public record Resident(ResidentId id, String name, String specialty, String careerGoal, List<String> interests,
                       WeeklyAvailability availability, List<MentorId> ranking, Set<MentorId> avoid,
                       boolean openToOtherSpecialties) {

    public Resident {
        interests = List.copyOf(interests);
        ranking = List.copyOf(ranking);
        avoid = Set.copyOf(avoid);
    }

    /** 1-based position of the mentor in this resident's ranking, or 0 when not ranked. */
    public int rankOf(MentorId mentor) {
        return ranking.indexOf(mentor) + 1;
    }
}
