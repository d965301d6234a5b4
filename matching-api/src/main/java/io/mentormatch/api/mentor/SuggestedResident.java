package io.mentormatch.api.mentor;

import java.util.List;

/**
 * A resident who would fit a mentor, with the pair score the matching would give the pair and why.
 *
 * @param residentId the resident's id in the cohort
 */
public record SuggestedResident(String residentId, String name, String specialty, int pairScore,
                                List<String> reasons) {
}
