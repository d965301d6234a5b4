package io.mentormatch.core.solver.planning;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Candidates;
import io.mentormatch.core.solver.Matching;

/**
 * The mentors the local search may move each resident to. Up to {@link #FULL_SCAN_PAIRS} pairs: each resident's
 * best compatible mentors over all mentors. Beyond that, scoring every pair would cost more than the local search
 * has time for, so each resident's best mentors are taken from a sample: the mentors they ranked, their mentor in
 * the starting matching and {@link #SAMPLE} mentors drawn at random (seeded, so runs repeat).
 */
public final class CandidateMentors {

    /** How many of a resident's best compatible mentors the local search may move them to. */
    public static final int PER_RESIDENT = 30;
    static final long FULL_SCAN_PAIRS = 20_000_000L;
    static final int SAMPLE = 300;

    private CandidateMentors() {
    }

    /** @return {@code lists[r]}: mentor indices for resident r, best pair score first */
    public static int[][] of(PairScorer scorer, Matching start) {
        return of(scorer, start, FULL_SCAN_PAIRS);
    }

    static int[][] of(PairScorer scorer, Matching start, long fullScanPairs) {
        if ((long) scorer.residentCount() * scorer.mentorCount() <= fullScanPairs) {
            return Candidates.topK(scorer, PER_RESIDENT);
        }
        return IntStream.range(0, scorer.residentCount()).parallel()
                .mapToObj(r -> sampled(scorer, r, start.mentorOf()[r]))
                .toArray(int[][]::new);
    }

    private static int[] sampled(PairScorer scorer, int r, int current) {
        Random random = new Random(r);
        int[] pool = IntStream.concat(
                        IntStream.concat(scorer.resident(r).ranking().stream().mapToInt(scorer::mentorIndex),
                                IntStream.of(current)),
                        random.ints(SAMPLE, 0, scorer.mentorCount()))
                .filter(m -> m >= 0 && scorer.compatible(r, m))
                .distinct()
                .toArray();
        long[] keyed = new long[pool.length];
        for (int i = 0; i < pool.length; i++) {
            // higher score first, then lower index: pack (-score, index) into one sortable long
            keyed[i] = ((long) -scorer.score(r, pool[i]) << 32) | pool[i];
        }
        Arrays.sort(keyed);
        return Arrays.stream(keyed).limit(PER_RESIDENT).mapToInt(key -> (int) key).toArray();
    }
}
