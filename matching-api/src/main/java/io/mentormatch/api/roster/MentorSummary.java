package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.core.cohort.MentorKind;

/**
 * A mentor as the roster and the resident's form show them.
 *
 * @param linkedAccount whether the mentor has an account linked to this roster row
 * @param hasEmail      whether the roster has an e-mail address for them (an invitation can reach them); the address
 *                      itself stays off this view, which residents read too
 */
public record MentorSummary(String code, String name, MentorKind kind, String specialty, List<String> interests,
                            List<String> availability, int capacity, boolean accepting, boolean linkedAccount,
                            boolean hasEmail) {

    static MentorSummary of(MentorEntity m) {
        return new MentorSummary(m.getCode(), m.getName(), m.getKind(), m.getSpecialty(), m.getInterests(),
                m.getAvailability(), m.getCapacity(), m.isAccepting(), m.getUserId() != null,
                m.getEmail() != null && !m.getEmail().isBlank());
    }
}
