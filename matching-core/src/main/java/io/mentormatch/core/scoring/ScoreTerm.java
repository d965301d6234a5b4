package io.mentormatch.core.scoring;

import io.mentormatch.core.cohort.Weights;

/** The named per-pair soft terms of the design brief; each contributes weight × 10 × a fraction in [-1, 1]. */
public enum ScoreTerm {
    SPECIALTY,
    INTERESTS,
    AVAILABILITY,
    RESIDENT_RANK,
    MENTOR_PREFERENCE,
    REPEAT_PAIR;

    /** Points for one unit of this term at the highest weight. */
    public static final int POINTS_PER_WEIGHT = 10;

    public int weight(Weights weights) {
        return switch (this) {
            case SPECIALTY -> weights.specialty();
            case INTERESTS -> weights.interests();
            case AVAILABILITY -> weights.availability();
            case RESIDENT_RANK -> weights.residentRank();
            case MENTOR_PREFERENCE -> weights.mentorPreference();
            case REPEAT_PAIR -> weights.repeatPair();
        };
    }

    /** The term's points for a fraction in [-1, 1], rounded half away from zero so that signs stay symmetric. */
    public int points(Weights weights, double fraction) {
        double raw = weight(weights) * POINTS_PER_WEIGHT * fraction;
        return (int) Math.signum(raw) * (int) Math.round(Math.abs(raw));
    }
}
