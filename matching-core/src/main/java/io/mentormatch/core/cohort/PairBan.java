package io.mentormatch.core.cohort;

/** A pair that must never be proposed (a conflict of interest or a declined proposal), with its reason. */
public record PairBan(ResidentId resident, MentorId mentor, String reason) {

    public Pair pair() {
        return new Pair(resident, mentor);
    }
}
