package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.List;

import io.mentormatch.api.roster.internal.ResidentEntity;

/**
 * A resident of one cohort as other modules read them: who they are and their current preference form.
 * {@code code} is the cohort file's resident id, {@code version} the row's version for a stale-edit check.
 */
public record ResidentView(long id, long cohortId, String code, String name, String email, Long userId,
                           String specialty, List<String> interests, List<String> availability, String careerGoal,
                           List<String> ranking, List<String> avoid, boolean openToOtherSpecialties,
                           Instant formSavedAt, long version) {

    static ResidentView of(ResidentEntity r) {
        return new ResidentView(r.getId(), r.getCohortId(), r.getCode(), r.getName(), r.getEmail(), r.getUserId(),
                r.getSpecialty(), r.getInterests(), r.getAvailability(), r.getCareerGoal(), r.getRanking(),
                r.getAvoid(), r.isOpenToOtherSpecialties(), r.getFormSavedAt(), r.getVersion());
    }
}
