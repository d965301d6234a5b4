package io.mentormatch.core.solver;

import java.util.Arrays;

/**
 * The binary min-heap of (distance, node) behind the Dijkstra searches of {@link AssignmentFlow} and
 * {@link ArcInsertion}: two parallel primitive arrays, so that a search allocates nothing once they have grown.
 * Stale entries are left in and skipped by the caller (lazy deletion).
 */
final class NodeHeap {

    private long[] keys = new long[1024];
    private int[] nodes = new int[1024];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    long minKey() {
        return keys[0];
    }

    int minNode() {
        return nodes[0];
    }

    void push(long key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
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

    void pop() {
        long key = keys[--size];
        int node = nodes[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
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
}
