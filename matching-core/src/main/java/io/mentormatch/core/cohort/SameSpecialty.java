package io.mentormatch.core.cohort;

/** The cohort's optional hard rule: the mentor's specialty equals the resident's specialty or career goal. */
public final class SameSpecialty {

    private SameSpecialty() {
    }

    public static boolean holds(Resident resident, Mentor mentor) {
        String specialty = mentor.specialty();
        return !specialty.isEmpty()
                && (specialty.equalsIgnoreCase(resident.specialty()) || specialty.equalsIgnoreCase(resident.careerGoal()));
    }
}
