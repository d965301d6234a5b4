package io.mentormatch.web.cohort;

import java.util.List;

/**
 * A soft-rule weight as the settings form lists it; its name and the one line that says what it does are the catalogue's
 * {@code cohort.weight.<field>} and {@code cohort.weight.<field>.explained}.
 */
public record Weight(String field) {

    /** The settings form's input of the same weight in the peer-mentor layer, e.g. {@code peerSpecialty}. */
    public String peerField() {
        return "peer" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    static final List<Weight> ALL = List.of(new Weight("specialty"), new Weight("interests"), new Weight("availability"),
            new Weight("residentRank"), new Weight("mentorPreference"), new Weight("loadBalance"), new Weight("repeatPair"));
}
