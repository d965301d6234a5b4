package io.mentormatch.core.solver.planning;

import io.mentormatch.core.cohort.MentorId;

/**
 * A mentor as a planning value: what the hard rules need to know about them.
 *
 * @param index    the mentor's index in the cohort, as the pair scorer addresses them
 * @param capacity the mentees they offered to take this year
 */
public record MentorSlot(int index, MentorId id, int capacity, boolean accepting) {
}
