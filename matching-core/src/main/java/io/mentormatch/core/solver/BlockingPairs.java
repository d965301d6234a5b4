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
 * Each mentor's worst mentee score is found once; then each resident scans the mentors in parallel, or, given the
 * candidate scans, only the mentors that could block.
 */
public final class BlockingPairs {

    /** The worst-mentee score of a mentor whose every mentee is pinned: nobody can displace them. */
    private static final int NONE_DISPLACEABLE = Integer.MAX_VALUE;

    private BlockingPairs() {
    }

    public static int count(PairScorer scorer, Matching matching) {
        return count(scorer, matching, null);
    }

    /**
     * The same count, scoring only the pairs that could block: each resident's candidate list (its best mentors by
     * pair score) and, when the list was cut, the mentors whose threshold lies below the list's last score, since
     * every mentor left out scores at most that. At national scale this scores a small part of the pairs.
     *
     * @param scans each resident's scan of its best mentors, or null to score every pair
     */
    static int count(PairScorer scorer, Matching matching, Candidates.Scan[] scans) {
        int mentors = scorer.mentorCount();
        int[] mentorOf = matching.mentorOf();
        int[] threshold = thresholds(scorer, mentorOf);
        long count;
        if (scans == null) {
            count = IntStream.range(0, mentorOf.length).parallel()
                    .mapToLong(r -> blockingPairsOf(scorer, mentorOf, threshold, r))
                    .sum();
        } else {
            long[] byThreshold = new long[mentors];
            for (int m = 0; m < mentors; m++) {
                byThreshold[m] = (long) threshold[m] << 32 | m;
            }
            Arrays.sort(byThreshold);
            count = IntStream.range(0, mentorOf.length).parallel()
                    .mapToLong(r -> blockingPairsOf(scorer, mentorOf, threshold, byThreshold, scans[r], r))
                    .sum();
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Per mentor, the pair score a resident must beat to be wanted. */
    private static int[] thresholds(PairScorer scorer, int[] mentorOf) {
        int mentors = scorer.mentorCount();
        int[] load = new Matching(mentorOf).loads(mentors);
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
        return threshold;
    }

    /** @param byThreshold mentors by ascending threshold, packed as {@code threshold << 32 | mentor} */
    private static long blockingPairsOf(PairScorer scorer, int[] mentorOf, int[] threshold, long[] byThreshold,
                                        Candidates.Scan scan, int r) {
        if (scorer.pinnedMentor(r) >= 0) {
            return 0;
        }
        int current = mentorOf[r];
        int currentScore = current == Matching.UNMATCHED ? Integer.MIN_VALUE : scorer.score(r, current);
        int[] listed = scan.mentors();
        int[] scores = scan.scores();
        long count = 0;
        // the list is by descending score: past the current pair's score nobody is preferred
        for (int i = 0; i < listed.length && scores[i] > currentScore; i++) {
            int m = listed[i];
            if (m != current && threshold[m] != NONE_DISPLACEABLE && scores[i] > threshold[m]) {
                count++;
            }
        }
        boolean cut = scan.compatible() > listed.length;
        int cutoff = listed.length == 0 ? scan.maxScore() : scores[listed.length - 1];
        if (!cut || cutoff <= currentScore) {
            return count;
        }
        int[] sortedListed = listed.clone();
        Arrays.sort(sortedListed);
        for (int i = 0; i < byThreshold.length && (int) (byThreshold[i] >> 32) < cutoff; i++) {
            int m = (int) byThreshold[i];
            if (m == current || Arrays.binarySearch(sortedListed, m) >= 0 || !scorer.compatible(r, m)) {
                continue;
            }
            int score = scorer.score(r, m);
            if (score > currentScore && score > threshold[m]) {
                count++;
            }
        }
        return count;
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
