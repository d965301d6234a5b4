package io.mentormatch.core.cohort;

import java.util.Objects;

/** A mentor's id as written in the cohort file, typed so it cannot be mixed up with a resident's. */
public record MentorId(String value) implements Comparable<MentorId> {

    public MentorId {
        Objects.requireNonNull(value, "value");
    }

    public static MentorId of(String value) {
        return new MentorId(value);
    }

    @Override
    public int compareTo(MentorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
