package io.mentormatch.api.proposal;

import java.util.List;

/**
 * What a mentor sees of a resident proposed to them: who they are and what they want from mentoring. Not their
 * ranking, avoid list or hours, which stay between the resident and the matching.
 *
 * @param resident the resident's id in the cohort
 */
public record MenteeProfile(String resident, String name, String specialty, String careerGoal, List<String> interests,
                            boolean openToOtherSpecialties) {
}
