package io.mentormatch.core.solver;

import java.util.Arrays;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Each resident's compatible mentors, best pair score first, cut to the top k: the pruned candidate lists that
 * keep very large cohorts tractable. A resident's pinned mentor is always kept.
 */
public final class Candidates {

    private Candidates() {
    }

    /** @return {@code lists[r]} = mentor indices for resident r, by descending pair score, ties by index */
    public static int[][] topK(PairScorer scorer, int k) {
        int[][] lists = new int[scorer.residentCount()][];
        for (int r = 0; r < scorer.residentCount(); r++) {
            lists[r] = topK(scorer, r, k);
        }
        return lists;
    }

    static int[] topK(PairScorer scorer, int r, int k) {
        long[] keyed = new long[scorer.mentorCount()];
        int n = 0;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (scorer.compatible(r, m)) {
                // higher score first, then lower index: pack (-score, index) into one sortable long
                keyed[n++] = ((long) -scorer.score(r, m) << 32) | m;
            }
        }
        Arrays.sort(keyed, 0, n);
        int pinned = scorer.pinnedMentor(r);
        int size = Math.min(k, n);
        int[] list = new int[size];
        boolean pinnedKept = pinned < 0;
        for (int i = 0; i < size; i++) {
            list[i] = (int) keyed[i];
            pinnedKept |= list[i] == pinned;
        }
        if (!pinnedKept) {
            list = Arrays.copyOf(list, size + 1);
            list[size] = pinned;
        }
        return list;
    }
}
