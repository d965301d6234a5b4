package io.mentormatch.web.cohort;

import java.util.List;

/** A soft-rule weight as the settings form lists it, with the one line that says what it does. */
public record Weight(String field, String label, String explanation) {

    /** The settings form's input of the same weight in the peer-mentor layer, e.g. {@code peerSpecialty}. */
    public String peerField() {
        return "peer" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    static final List<Weight> ALL = List.of(
            new Weight("specialty", "Specialty match",
                    "How much it counts that the mentor's specialty matches the resident's specialty or career goal."),
            new Weight("interests", "Shared interests",
                    "How much the interests that resident and mentor share count."),
            new Weight("availability", "Common free hours",
                    "How much the hours of the week when both are free count."),
            new Weight("residentRank", "Resident's ranking",
                    "How much it counts that the resident ranked this mentor, and how high."),
            new Weight("mentorPreference", "Mentor's wish",
                    "How much it counts that the mentor asked for this resident."),
            new Weight("loadBalance", "Even load",
                    "How strongly mentees are spread evenly across mentors."),
            new Weight("repeatPair", "Last year's pair",
                    "How strongly last year's pairs are avoided, or kept when the cohort prefers continuity."));
}
