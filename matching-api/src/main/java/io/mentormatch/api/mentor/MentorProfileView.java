package io.mentormatch.api.mentor;

import io.mentormatch.core.cohort.MentorKind;

/**
 * @param editable            false once matching has started
 * @param awaitsConfirmation carried over from last year and not yet confirmed for this one
 */
public record MentorProfileView(long cohortId, String mentorId, String name, MentorKind kind, MentorProfile profile,
                                boolean editable, long version, boolean awaitsConfirmation) {
}
