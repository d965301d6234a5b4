package io.mentormatch.core.cohort;

/** The cohort's soft-rule weights, each 0 (ignore) to 10. The one place their defaults live. */
public record Weights(int specialty, int interests, int availability, int residentRank,
                      int mentorPreference, int loadBalance, int repeatPair) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final Weights DEFAULT = new Weights(10, 6, 4, 8, 3, 2, 5);

    public Weights withLoadBalance(int weight) {
        return new Weights(specialty, interests, availability, residentRank, mentorPreference, weight, repeatPair);
    }
}
