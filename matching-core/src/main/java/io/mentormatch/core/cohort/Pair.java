package io.mentormatch.core.cohort;

/** A resident and a mentor, e.g. a pinned pairing or last year's pairing. */
public record Pair(ResidentId resident, MentorId mentor) {
}
