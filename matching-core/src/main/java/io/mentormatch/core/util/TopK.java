package io.mentormatch.core.util;

import java.util.Arrays;

/**
 * The k smallest of the {@code long} keys offered to it: the one bounded heap behind the solver's candidate lists,
 * stable mode's preference chunks, pricing's improving pairs and the recommendation engine.
 * <p>
 * Callers pack what they rank into one key so that smaller means better, e.g. {@link #key(int, int)}: a
 * comparison is then one instruction and the heap holds no objects, which is what keeps a scan over millions of
 * pairs cheap. The heap is a max-heap of the kept keys, so its root is the weakest one kept and a candidate that
 * cannot enter is turned away after one comparison.
 */
public final class TopK {

    private final long[] heap;
    private int size;

    /** @param k how many keys to keep; 0 keeps none */
    public TopK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, was " + k);
        }
        heap = new long[k];
    }

    /**
     * The key of an (int score, index) pair that ranks the higher score first and, among equal scores, the lower
     * index first; {@link #scoreOf} and {@link #indexOf} read it back.
     */
    public static long key(int score, int index) {
        return (long) -score << 32 | index & 0xFFFFFFFFL;
    }

    public static int scoreOf(long key) {
        return (int) -(key >> 32);
    }

    public static int indexOf(long key) {
        return (int) key;
    }

    /** Whether a key offered now would be kept: lets a caller skip work for a candidate that cannot enter. */
    public boolean accepts(long key) {
        return size < heap.length || size > 0 && key < heap[0];
    }

    /** Keeps the key if it is among the k smallest so far, dropping the largest kept one if need be. */
    public void offer(long key) {
        if (size < heap.length) {
            siftUp(key, size++);
        } else if (size > 0 && key < heap[0]) {
            siftDown(key);
        }
    }

    public int size() {
        return size;
    }

    /** The kept keys, smallest (best) first. */
    public long[] sorted() {
        long[] kept = Arrays.copyOf(heap, size);
        Arrays.sort(kept);
        return kept;
    }

    /** Empties the heap so that one instance can serve many scans. */
    public void clear() {
        size = 0;
    }

    /** Places a key appended at position i, moving larger parents down. */
    private void siftUp(long key, int i) {
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

    /** Replaces the root (the largest kept key) by a smaller one and restores the order. */
    private void siftDown(long key) {
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
