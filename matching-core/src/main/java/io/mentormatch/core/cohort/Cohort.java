package io.mentormatch.core.cohort;

import java.util.List;

/**
 * One matching problem: a cohort, its mentors and residents, and what is already known about pairs.
 * Built only by {@link CohortFile} or {@link CohortValidator}, so every instance is valid.
 *
 * @param peerMentoring the second, peer-mentor layer ({@link Layer}); null when the cohort has one layer
 */
public record Cohort(CohortInfo info, Weights weights, List<Mentor> mentors, List<Resident> residents,
                     List<PairBan> conflicts, List<PairBan> declined, List<Pair> pinned, List<Pair> previousPairs,
                     PeerMentoring peerMentoring) {

    /** A cohort with one mentoring layer. */
    public Cohort(CohortInfo info, Weights weights, List<Mentor> mentors, List<Resident> residents,
                  List<PairBan> conflicts, List<PairBan> declined, List<Pair> pinned, List<Pair> previousPairs) {
        this(info, weights, mentors, residents, conflicts, declined, pinned, previousPairs, null);
    }

    public Cohort {
        mentors = List.copyOf(mentors);
        residents = List.copyOf(residents);
        conflicts = List.copyOf(conflicts);
        declined = List.copyOf(declined);
        pinned = List.copyOf(pinned);
        previousPairs = List.copyOf(previousPairs);
    }

    public Cohort withWeights(Weights newWeights) {
        return new Cohort(info, newWeights, mentors, residents, conflicts, declined, pinned, previousPairs, peerMentoring);
    }

    /** @param familySize null for one-to-one mentoring */
    public Cohort withFamilySize(Integer familySize) {
        CohortInfo families = new CohortInfo(info.id(), info.name(), info.requireSameSpecialty(),
                info.preferContinuity(), familySize);
        return new Cohort(families, weights, mentors, residents, conflicts, declined, pinned, previousPairs,
                peerMentoring);
    }

    /** @param peer the peer-mentor layer, or null for one layer */
    public Cohort withPeerMentoring(PeerMentoring peer) {
        return new Cohort(info, weights, mentors, residents, conflicts, declined, pinned, previousPairs, peer);
    }
}
