package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Counts the pairs that would rather be together than with what a matching gave them, under weak stability: a
 * compatible resident r (not pinned) and mentor m block when r strictly prefers m (a strictly higher pair score
 * than with its mentor, or r has none) and m strictly prefers r (a free seat, or a strictly higher pair score than
 * with its worst non-pinned mentee). Equal pair scores are ties, not preferences: a pair in which either side is
 * indifferent does not block. The orders are those of {@link Preferences} without its tie-break.
 * <p>
 * Each mentor's worst mentee score is found once; then each resident scans the mentors in parallel.
 */
public final class BlockingPairs {

    /** The worst-mentee score of a mentor whose every mentee is pinned: nobody can displace them. */
    private static final int NONE_DISPLACEABLE = Integer.MAX_VALUE;

    private BlockingPairs() {
    }

    public static int count(PairScorer scorer, Matching matching) {
        int mentors = scorer.mentorCount();
        int[] mentorOf = matching.mentorOf();
        int[] load = matching.loads(mentors);
        int[] threshold = new int[mentors];
        Arrays.fill(threshold, NONE_DISPLACEABLE);
        for (int r = 0; r < mentorOf.length; r++) {
            int m = mentorOf[r];
            if (m != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0) {
                threshold[m] = Math.min(threshold[m], scorer.score(r, m));
            }
        }
        for (int m = 0; m < mentors; m++) {
            if (load[m] < scorer.capacity(m)) {
                // a free seat: the mentor wants any compatible resident
                threshold[m] = Integer.MIN_VALUE;
            }
        }
        long count = IntStream.range(0, mentorOf.length).parallel()
                .mapToLong(r -> blockingPairsOf(scorer, mentorOf, threshold, r))
                .sum();
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** @param threshold per mentor, the pair score a resident must beat to be wanted */
    private static long blockingPairsOf(PairScorer scorer, int[] mentorOf, int[] threshold, int r) {
        if (scorer.pinnedMentor(r) >= 0) {
            return 0;
        }
        int current = mentorOf[r];
        int currentScore = current == Matching.UNMATCHED ? Integer.MIN_VALUE : scorer.score(r, current);
        long count = 0;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (m == current || threshold[m] == NONE_DISPLACEABLE || !scorer.compatible(r, m)) {
                continue;
            }
            int score = scorer.score(r, m);
            if (score > currentScore && score > threshold[m]) {
                count++;
            }
        }
        return count;
    }
}
