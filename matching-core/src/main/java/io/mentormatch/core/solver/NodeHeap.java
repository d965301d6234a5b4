package io.mentormatch.core.solver;

import java.util.Arrays;

/**
 * The binary min-heap of (distance, node) behind the Dijkstra searches of {@link AssignmentFlow} and
 * {@link ArcInsertion}: parallel primitive arrays, so that a search allocates nothing once they have grown. A
 * distance is {@code words} longs compared lexicographically (one for scalar costs, a vector for
 * {@link LexicographicCosts}), stored side by side. Stale entries are left in and skipped by the caller (lazy
 * deletion).
 * <p>
 * Scalar keys have their own push and pop, which hold the key in a local: through the general path's {@code moving}
 * copies, optimal mode's routing was measurably slower (about a tenth at 4,000 × 2,000).
 */
final class NodeHeap {

    private final int words;
    private long[] keys;
    private int[] nodes = new int[1024];
    /** A vector key being sifted into place. */
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
        return LexicographicCosts.compare(keys, 0, other, at, words);
    }

    int minNode() {
        return nodes[0];
    }

    /** Pushes a scalar key (the heap's words are 1). */
    void push(long key, int node) {
        int i = grow();
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    /** Pushes the key of {@code words} longs at the start of {@code key}. */
    void push(long[] key, int node) {
        System.arraycopy(key, 0, moving, 0, words);
        int i = grow();
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (LexicographicCosts.compare(keys, parent * words, moving, 0, words) <= 0) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, node);
    }

    /** @return the new last position */
    private int grow() {
        if (size == nodes.length) {
            keys = Arrays.copyOf(keys, size * 2 * words);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        return size++;
    }

    void pop() {
        if (words > 1) {
            popVector();
            return;
        }
        long key = keys[--size];
        int node = nodes[size];
        int i = 0;
        for (int child = 1; child < size; child = 2 * i + 1) {
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[i] = keys[child];
            nodes[i] = nodes[child];
            i = child;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    private void popVector() {
        size--;
        System.arraycopy(keys, size * words, moving, 0, words);
        int node = nodes[size];
        int i = 0;
        for (int child = 1; child < size; child = 2 * i + 1) {
            if (child + 1 < size && LexicographicCosts.compare(keys, (child + 1) * words, keys, child * words, words) < 0) {
                child++;
            }
            if (LexicographicCosts.compare(keys, child * words, moving, 0, words) >= 0) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(i, node);
    }

    private void move(int from, int to) {
        System.arraycopy(keys, from * words, keys, to * words, words);
        nodes[to] = nodes[from];
    }

    private void place(int i, int node) {
        System.arraycopy(moving, 0, keys, i * words, words);
        nodes[i] = node;
    }
}
