package io.mentormatch.core.recommend;

import java.util.List;

import io.mentormatch.core.cohort.MentorId;

/**
 * An alternative to a mentor who declined or is full.
 *
 * @param similarity   {@link ProfileSimilarity} of the two mentors, in [0, 1]
 * @param freeCapacity places this mentor has left given the current loads
 * @param reasons      what the two mentors have in common, in plain words
 */
public record SimilarMentor(MentorId mentor, String name, String specialty, double similarity, int freeCapacity,
                            List<String> reasons) {

    public SimilarMentor {
        reasons = List.copyOf(reasons);
    }
}
