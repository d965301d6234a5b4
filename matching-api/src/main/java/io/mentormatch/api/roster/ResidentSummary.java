package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.List;

import io.mentormatch.api.roster.internal.ResidentEntity;

/** A resident as the director's roster shows them. */
public record ResidentSummary(String code, String name, String email, String specialty, String careerGoal,
                              List<String> interests, boolean linkedAccount, Instant formSavedAt) {

    static ResidentSummary of(ResidentEntity r) {
        return new ResidentSummary(r.getCode(), r.getName(), r.getEmail(), r.getSpecialty(), r.getCareerGoal(),
                r.getInterests(), r.getUserId() != null, r.getFormSavedAt());
    }
}
