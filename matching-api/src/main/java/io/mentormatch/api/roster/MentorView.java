package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.List;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.core.cohort.MentorKind;

/**
 * A mentor of one cohort as other modules read them: who they are, their profile and their seats. {@code code} is
 * the cohort file's mentor id, {@code version} the row's version for a stale-edit check.
 */
public record MentorView(long id, long cohortId, String code, String name, String email, Long userId, MentorKind kind,
                         String specialty, List<String> interests, List<String> availability, int capacity,
                         boolean accepting, List<String> preferredResidents, boolean carriedOver, Instant confirmedAt,
                         long version) {

    static MentorView of(MentorEntity m) {
        return new MentorView(m.getId(), m.getCohortId(), m.getCode(), m.getName(), m.getEmail(), m.getUserId(),
                m.getKind(), m.getSpecialty(), m.getInterests(), m.getAvailability(), m.getCapacity(), m.isAccepting(),
                m.getPreferredResidents(), m.isCarriedOver(), m.getConfirmedAt(), m.getVersion());
    }

    /** A carried-over mentor who has not yet confirmed their profile for the new year. */
    public boolean awaitsConfirmation() {
        return carriedOver && confirmedAt == null;
    }
}
