package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Each resident's compatible mentors, best pair score first, cut to the top k: the pruned candidate lists that
 * keep very large cohorts tractable. A resident's pinned mentor is always kept.
 * <p>
 * Residents are scanned in parallel (each list depends on one resident only); a bounded heap keeps the k best
 * so that a scan costs one pass over the mentors and no sort of all of them.
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
        // max-heap of the k smallest keys; key = (-score, index) packed so that smaller means better
        long[] heap = new long[Math.max(1, k)];
        int size = 0;
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
            if (k <= 0) {
                continue;
            }
            long key = ((long) -score << 32) | m;
            if (size < k) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key < heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        long[] kept = Arrays.copyOf(heap, size);
        Arrays.sort(kept);
        int[] mentors = new int[size];
        int[] scores = new int[size];
        for (int i = 0; i < size; i++) {
            mentors[i] = (int) kept[i];
            scores[i] = (int) -(kept[i] >> 32);
        }
        return new Scan(mentors, scores, min, max, compatible);
    }

    /** Restores the max-heap order after {@code heap[i]} was appended. */
    static void siftUp(long[] heap, int i) {
        long key = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    /** Restores the max-heap order after the root {@code heap[0]} was replaced. */
    static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= key) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }
}
