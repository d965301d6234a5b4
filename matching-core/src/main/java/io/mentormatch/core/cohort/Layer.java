package io.mentormatch.core.cohort;

/**
 * The mentoring layer a mentor serves in. The one place of the rule: in a cohort with peer mentoring, faculty
 * mentors form the primary layer and senior residents the peer layer; without it, every mentor is primary.
 */
public enum Layer {
    PRIMARY,
    PEER;

    public static Layer of(boolean peerMentoring, MentorKind kind) {
        return peerMentoring && kind == MentorKind.SENIOR_RESIDENT ? PEER : PRIMARY;
    }

    public static Layer of(Cohort cohort, Mentor mentor) {
        return of(cohort.peerMentoring() != null, mentor.kind());
    }
}
