package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.core.cohort.MentorKind;

/** A mentor as the roster and the resident's form show them. */
public record MentorSummary(String code, String name, MentorKind kind, String specialty, List<String> interests,
                            List<String> availability, int capacity, boolean accepting) {

    static MentorSummary of(MentorEntity m) {
        return new MentorSummary(m.getCode(), m.getName(), m.getKind(), m.getSpecialty(), m.getInterests(),
                m.getAvailability(), m.getCapacity(), m.isAccepting());
    }
}
