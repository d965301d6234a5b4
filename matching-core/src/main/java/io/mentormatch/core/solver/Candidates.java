package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.util.TopK;

/**
 * Each resident's compatible mentors, best pair score first, cut to the top k: the pruned candidate lists that
 * keep very large cohorts tractable. A resident's pinned mentor is always kept.
 * <p>
 * Residents are scanned in parallel (each list depends on one resident only); a {@link TopK} keeps the k best so
 * that a scan costs one pass over the mentors and no sort of all of them.
 */
public final class Candidates {

    private Candidates() {
    }

    /**
     * One resident's top k and the range of every compatible pair score seen on the way.
     *
     * @param mentors mentor indices by descending pair score, ties by index
     * @param scores  the pair score of each of those mentors
     */
    record Scan(int[] mentors, int[] scores, int minScore, int maxScore, int compatible) {

        /** The same scan cut to its k best: the lists are sorted, so the k best are a prefix. */
        Scan top(int k) {
            return k >= mentors.length ? this
                    : new Scan(Arrays.copyOf(mentors, k), Arrays.copyOf(scores, k), minScore, maxScore, compatible);
        }
    }

    /** @return {@code lists[r]} = mentor indices for resident r, by descending pair score, ties by index */
    public static int[][] topK(PairScorer scorer, int k) {
        return IntStream.range(0, scorer.residentCount()).parallel()
                .mapToObj(r -> topK(scorer, r, k))
                .toArray(int[][]::new);
    }

    static int[] topK(PairScorer scorer, int r, int k) {
        Scan scan = scan(scorer, r, k);
        int pinned = scorer.pinnedMentor(r);
        if (pinned < 0 || Arrays.stream(scan.mentors()).anyMatch(m -> m == pinned)) {
            return scan.mentors();
        }
        int[] list = Arrays.copyOf(scan.mentors(), scan.mentors().length + 1);
        list[list.length - 1] = pinned;
        return list;
    }

    static Scan[] scanAll(PairScorer scorer, int k) {
        return IntStream.range(0, scorer.residentCount()).parallel()
                .mapToObj(r -> scan(scorer, r, k))
                .toArray(Scan[]::new);
    }

    /** Scores every compatible mentor of resident r once and keeps the k best. */
    static Scan scan(PairScorer scorer, int r, int k) {
        TopK top = new TopK(Math.max(0, k));
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int compatible = 0;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (!scorer.compatible(r, m)) {
                continue;
            }
            compatible++;
            int score = scorer.score(r, m);
            min = Math.min(min, score);
            max = Math.max(max, score);
            top.offer(TopK.key(score, m));
        }
        long[] kept = top.sorted();
        int[] mentors = new int[kept.length];
        int[] scores = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            mentors[i] = TopK.indexOf(kept[i]);
            scores[i] = TopK.scoreOf(kept[i]);
        }
        return new Scan(mentors, scores, min, max, compatible);
    }
}
