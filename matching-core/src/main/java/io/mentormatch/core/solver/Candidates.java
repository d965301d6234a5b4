package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ResidentScoreRow;
import io.mentormatch.core.util.TopK;

/**
 * Each resident's compatible mentors, best pair score first, cut to the top k: the pruned candidate lists that
 * keep very large cohorts tractable. A resident's pinned mentor is always kept.
 * <p>
 * Residents are scanned in parallel, in blocks that each reuse one {@link ResidentScoreRow} and one {@link TopK}
 * (each list depends on one resident only); the TopK keeps the k best so that a scan costs one pass over the
 * mentors and no sort of all of them. A pair's interest term is rounded (the dearest step of a score) only when the
 * pair, within a point either way, could enter the top k or move the range of scores seen.
 */
public final class Candidates {

    /** Residents per parallel task: enough to pay for a row's set-up, few enough to keep both cores busy. */
    static final int BLOCK = 128;

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
        Scan[] scans = scanAll(scorer, k);
        return IntStream.range(0, scans.length).mapToObj(r -> withPinned(scorer, r, scans[r])).toArray(int[][]::new);
    }

    static int[] topK(PairScorer scorer, int r, int k) {
        return withPinned(scorer, r, scan(scorer, r, k));
    }

    private static int[] withPinned(PairScorer scorer, int r, Scan scan) {
        int pinned = scorer.pinnedMentor(r);
        if (pinned < 0 || Arrays.stream(scan.mentors()).anyMatch(m -> m == pinned)) {
            return scan.mentors();
        }
        int[] list = Arrays.copyOf(scan.mentors(), scan.mentors().length + 1);
        list[list.length - 1] = pinned;
        return list;
    }

    static Scan[] scanAll(PairScorer scorer, int k) {
        int residents = scorer.residentCount();
        Scan[] scans = new Scan[residents];
        IntStream.range(0, (residents + BLOCK - 1) / BLOCK).parallel().forEach(block -> {
            ResidentScoreRow row = new ResidentScoreRow(scorer);
            TopK top = new TopK(Math.max(0, k));
            for (int r = block * BLOCK; r < Math.min(residents, (block + 1) * BLOCK); r++) {
                top.clear();
                scans[r] = scan(scorer, row, top, r);
            }
        });
        return scans;
    }

    /** Scores every compatible mentor of resident r once and keeps the k best. */
    static Scan scan(PairScorer scorer, int r, int k) {
        return scan(scorer, new ResidentScoreRow(scorer), new TopK(Math.max(0, k)), r);
    }

    private static Scan scan(PairScorer scorer, ResidentScoreRow row, TopK top, int r) {
        row.load(r);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int compatible = 0;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (!row.compatible(m)) {
                continue;
            }
            compatible++;
            int partial = row.scoreWithoutInterests(m);
            int atMost = partial + row.interestPointsAtMost(m);
            if (partial + row.interestPointsAtLeast(m) >= min && atMost <= max
                    && !top.accepts(TopK.key(atMost, m))) {
                continue;
            }
            int score = partial + row.interestPoints(m);
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
