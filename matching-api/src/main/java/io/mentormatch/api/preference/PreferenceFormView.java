package io.mentormatch.api.preference;

import java.time.Instant;

/**
 * A resident's form as the resident (or their director) sees it.
 *
 * @param editable      false once the deadline has passed or the cohort is not open for preferences
 * @param savedVersions how many versions have been saved so far
 * @param version       send it back with the next save
 */
public record PreferenceFormView(long cohortId, String residentId, String name, String specialty,
                                 Instant deadline, boolean editable, int maxRankedMentors, PreferenceForm form,
                                 Instant savedAt, long savedVersions, long version) {
}
