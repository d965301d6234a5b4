package io.mentormatch.core.cohort;

import java.util.Objects;

/** A resident's id as written in the cohort file, typed so it cannot be mixed up with a mentor's. */
public record ResidentId(String value) implements Comparable<ResidentId> {

    public ResidentId {
        Objects.requireNonNull(value, "value");
    }

    public static ResidentId of(String value) {
        return new ResidentId(value);
    }

    @Override
    public int compareTo(ResidentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
