package io.mentormatch.api.goal;

/** Where a goal stands, with the words the pair reads. */
public enum GoalStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    ACHIEVED("Done"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
