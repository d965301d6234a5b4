package io.mentormatch.core.cohort;

import java.util.List;

/**
 * One matching problem: a cohort, its mentors and residents, and what is already known about pairs.
 * Built only by {@link CohortFile} or {@link CohortValidator}, so every instance is valid.
 */
public record Cohort(CohortInfo info, Weights weights, List<Mentor> mentors, List<Resident> residents,
                     List<PairBan> conflicts, List<PairBan> declined, List<Pair> pinned, List<Pair> previousPairs) {

    public Cohort {
        mentors = List.copyOf(mentors);
        residents = List.copyOf(residents);
        conflicts = List.copyOf(conflicts);
        declined = List.copyOf(declined);
        pinned = List.copyOf(pinned);
        previousPairs = List.copyOf(previousPairs);
    }

    public Cohort withWeights(Weights newWeights) {
        return new Cohort(info, newWeights, mentors, residents, conflicts, declined, pinned, previousPairs);
    }

    /** @param familySize null for one-to-one mentoring */
    public Cohort withFamilySize(Integer familySize) {
        CohortInfo families = new CohortInfo(info.id(), info.name(), info.requireSameSpecialty(),
                info.preferContinuity(), familySize);
        return new Cohort(families, weights, mentors, residents, conflicts, declined, pinned, previousPairs);
    }
}
