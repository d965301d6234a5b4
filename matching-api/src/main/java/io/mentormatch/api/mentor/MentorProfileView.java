package io.mentormatch.api.mentor;

import io.mentormatch.core.cohort.MentorKind;

/** @param editable false once matching has started */
public record MentorProfileView(long cohortId, String mentorId, String name, MentorKind kind, MentorProfile profile,
                                boolean editable, long version) {
}
