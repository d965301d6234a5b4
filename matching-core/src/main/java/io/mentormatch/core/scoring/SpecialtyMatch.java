package io.mentormatch.core.scoring;

/** How a mentor's specialty relates to a resident's career goal and specialty, best first. */
public enum SpecialtyMatch {
    CAREER_GOAL(1.0),
    SAME_SPECIALTY(0.8),
    RELATED(0.4),
    OTHER(0.0),
    /** Another specialty for a resident who asked for their own: lower still, but compatible. */
    OTHER_NOT_OPEN(-0.4);

    private final double fraction;

    SpecialtyMatch(double fraction) {
        this.fraction = fraction;
    }

    public double fraction() {
        return fraction;
    }
}
