package io.mentormatch.api.preference;

import java.util.List;

/**
 * A mentor suggested to a resident, with the pair score the matching would give the pair and why.
 *
 * @param mentorId the mentor's id in the cohort
 */
public record RecommendedMentor(String mentorId, String name, String specialty, int pairScore, List<String> reasons) {
}
