package io.mentormatch.core.scoring;

/** Why a hard rule forbids a pair, in words a director understands. */
public enum Incompatibility {
    NOT_ACCEPTING("the mentor takes no mentees this year"),
    NO_CAPACITY("the mentor has no capacity"),
    CONFLICT_OF_INTEREST("conflict of interest"),
    DECLINED("the mentor declined this pairing"),
    AVOIDED("the resident asked not to be paired with this mentor"),
    DIFFERENT_SPECIALTY("the cohort requires the same specialty");

    private final String description;

    Incompatibility(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
