package io.mentormatch.core.cohort;

/** The cohort's soft-rule weights, each 0 (ignore) to 10. The one place their defaults live. */
public record Weights(int specialty, int interests, int availability, int residentRank,
                      int mentorPreference, int loadBalance, int repeatPair) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final Weights DEFAULT = new Weights(10, 6, 4, 8, 3, 2, 5);
    /**
     * The peer layer's defaults: a senior resident mentors on the day-to-day of residency more than on a career,
     * so shared hours and interests weigh more and specialty less than for a faculty mentor.
     */
    public static final Weights PEER_DEFAULT = new Weights(4, 8, 8, 8, 3, 2, 5);

    public Weights withLoadBalance(int weight) {
        return new Weights(specialty, interests, availability, residentRank, mentorPreference, weight, repeatPair);
    }
}
