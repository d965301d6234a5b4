package io.mentormatch.core.solver;

import java.util.Arrays;

/**
 * The binary min-heap of (distance, node) behind the Dijkstra searches of {@link AssignmentFlow} and
 * {@link ArcInsertion}: parallel primitive arrays, so that a search allocates nothing once they have grown. A
 * distance is {@code words} longs compared lexicographically (one for scalar costs, a vector for
 * {@link LexicographicCosts}), stored side by side. Stale entries are left in and skipped by the caller (lazy
 * deletion).
 */
final class NodeHeap {

    private final int words;
    private long[] keys;
    private int[] nodes = new int[1024];
    /** The key being sifted into place. */
    private final long[] moving;
    private int size;

    NodeHeap() {
        this(1);
    }

    NodeHeap(int words) {
        this.words = words;
        keys = new long[1024 * words];
        moving = new long[words];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** The smallest key's first word: the whole key for scalar costs. */
    long minKey() {
        return keys[0];
    }

    /** The smallest key, compared lexicographically with the {@code words} longs of {@code other} at {@code at}. */
    int compareMin(long[] other, int at) {
        return compare(keys, 0, other, at);
    }

    int minNode() {
        return nodes[0];
    }

    void push(long key, int node) {
        moving[0] = key;
        push(node);
    }

    /** Pushes the key of {@code words} longs at the start of {@code key}. */
    void push(long[] key, int node) {
        System.arraycopy(key, 0, moving, 0, words);
        push(node);
    }

    private void push(int node) {
        if (size == nodes.length) {
            keys = Arrays.copyOf(keys, size * 2 * words);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (compare(keys, parent * words, moving, 0) <= 0) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, node);
    }

    void pop() {
        size--;
        System.arraycopy(keys, size * words, moving, 0, words);
        int node = nodes[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && compare(keys, (child + 1) * words, keys, child * words) < 0) {
                child++;
            }
            if (compare(keys, child * words, moving, 0) >= 0) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(i, node);
    }

    private void move(int from, int to) {
        if (words == 1) {
            keys[to] = keys[from];
        } else {
            System.arraycopy(keys, from * words, keys, to * words, words);
        }
        nodes[to] = nodes[from];
    }

    private void place(int i, int node) {
        if (words == 1) {
            keys[i] = moving[0];
        } else {
            System.arraycopy(moving, 0, keys, i * words, words);
        }
        nodes[i] = node;
    }

    private int compare(long[] a, int ai, long[] b, int bi) {
        if (words == 1) {
            return Long.compare(a[ai], b[bi]);
        }
        return LexicographicCosts.compare(a, ai, b, bi, words);
    }
}
