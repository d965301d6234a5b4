package io.mentormatch.core.solver;

import java.util.Arrays;

import io.mentormatch.core.scoring.PairScorer;

/**
 * An assignment of residents to mentors by index: {@code mentorOf[r]} is the mentor of resident r, or -1.
 * The common currency of the exact, stable and local-search solvers.
 */
public record Matching(int[] mentorOf) {

    public static final int UNMATCHED = -1;

    public static Matching empty(int residents) {
        int[] mentorOf = new int[residents];
        Arrays.fill(mentorOf, UNMATCHED);
        return new Matching(mentorOf);
    }

    public int matched() {
        return (int) Arrays.stream(mentorOf).filter(m -> m != UNMATCHED).count();
    }

    public long pairScoreSum(PairScorer scorer) {
        long sum = 0;
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != UNMATCHED) {
                sum += scorer.score(r, mentorOf[r]);
            }
        }
        return sum;
    }

    public int[] loads(int mentors) {
        int[] load = new int[mentors];
        for (int m : mentorOf) {
            if (m != UNMATCHED) {
                load[m]++;
            }
        }
        return load;
    }
}
