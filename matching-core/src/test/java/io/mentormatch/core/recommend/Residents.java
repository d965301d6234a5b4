package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;

/** Builds residents for tests: an empty preference form, open to other specialties, unless told. */
final class Residents {

    private final String id;
    private String specialty = "";
    private String careerGoal = "";
    private List<String> interests = List.of();
    private WeeklyAvailability availability = WeeklyAvailability.NONE;
    private final List<MentorId> ranking = new ArrayList<>();
    private final Set<MentorId> avoid = new HashSet<>();
    private boolean open = true;

    private Residents(String id) {
        this.id = id;
    }

    static Residents aResident(String id) {
        return new Residents(id);
    }

    Residents specialty(String value) {
        specialty = value;
        return this;
    }

    Residents careerGoal(String value) {
        careerGoal = value;
        return this;
    }

    Residents interests(String... values) {
        interests = List.of(values);
        return this;
    }

    Residents availableAt(String... slots) {
        availability = WeeklyAvailability.of(slots);
        return this;
    }

    Residents ranks(String... mentorIds) {
        for (String mentor : mentorIds) {
            ranking.add(MentorId.of(mentor));
        }
        return this;
    }

    Residents avoids(String mentorId) {
        avoid.add(MentorId.of(mentorId));
        return this;
    }

    Residents notOpenToOtherSpecialties() {
        open = false;
        return this;
    }

    Resident build() {
        return new Resident(ResidentId.of(id), "Resident " + id, specialty, careerGoal, interests, availability,
                ranking, avoid, open);
    }
}
