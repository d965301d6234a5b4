package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;

/** Builds mentors for tests: an accepting faculty member with two places and nothing else unless told. */
final class Mentors {

    private String id;
    private String specialty = "";
    private List<String> interests = List.of();
    private WeeklyAvailability availability = WeeklyAvailability.NONE;
    private int capacity = 2;
    private boolean accepting = true;
    private final List<ResidentId> preferred = new ArrayList<>();

    private Mentors(String id) {
        this.id = id;
    }

    static Mentors aMentor(String id) {
        return new Mentors(id);
    }

    static Mentors from(Mentor mentor) {
        Mentors builder = new Mentors(mentor.id().value()).specialty(mentor.specialty())
                .interests(mentor.interests().toArray(String[]::new)).capacity(mentor.capacity());
        builder.availability = mentor.availability();
        builder.accepting = mentor.accepting();
        builder.preferred.addAll(mentor.preferredResidents());
        return builder;
    }

    Mentors specialty(String value) {
        specialty = value;
        return this;
    }

    Mentors interests(String... values) {
        interests = List.of(values);
        return this;
    }

    Mentors availableAt(String... slots) {
        availability = WeeklyAvailability.of(slots);
        return this;
    }

    Mentors capacity(int value) {
        capacity = value;
        return this;
    }

    Mentors notAccepting() {
        accepting = false;
        return this;
    }

    Mentors prefers(String residentId) {
        preferred.add(ResidentId.of(residentId));
        return this;
    }

    Mentor build() {
        return new Mentor(MentorId.of(id), "Dr. " + id, MentorKind.FACULTY, specialty, interests, availability,
                capacity, accepting, preferred);
    }
}
