package io.mentormatch.core.solver.planning;

import io.mentormatch.core.cohort.MentorId;

/**
 * A mentor as a planning value: what the hard rules need to know about them.
 *
 * @param index    the mentor's index in the cohort, as the pair scorer addresses them
 * @param capacity   the mentees they may take this year (in a family cohort, at most one family)
 * @param leadsFamily whether their mentees form a mentoring family
 */
public record MentorSlot(int index, MentorId id, int capacity, boolean accepting, boolean leadsFamily) {

    /** A one-to-one mentor. */
    public MentorSlot(int index, MentorId id, int capacity, boolean accepting) {
        this(index, id, capacity, accepting, false);
    }
}
