package io.mentormatch.core.solver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * Deferred acceptance as the textbooks write it (Gale and Shapley 1962; Gusfield and Irving 1989, section 1.6),
 * on a strict {@link GlasgowInstance}, independent of {@link StableMatching}: the resident-optimal and the
 * hospital-optimal stable matchings, and the blocking pairs of any matching, read off the instance's lists.
 */
final class TextbookDeferredAcceptance {

    private TextbookDeferredAcceptance() {
    }

    /** @return {@code hospitalOf[r]}, -1 when unmatched */
    static int[] residentsPropose(GlasgowInstance instance) {
        int[][] rank = hospitalRanks(instance);
        int[] hospitalOf = new int[instance.residents()];
        Arrays.fill(hospitalOf, -1);
        int[] next = new int[instance.residents()];
        @SuppressWarnings("unchecked")
        PriorityQueue<Integer>[] held = new PriorityQueue[instance.hospitals()];
        for (int h = 0; h < held.length; h++) {
            int hospital = h;
            held[h] = new PriorityQueue<>((a, b) -> rank[hospital][b] - rank[hospital][a]);
        }
        Deque<Integer> free = new ArrayDeque<>();
        for (int r = 0; r < instance.residents(); r++) {
            free.add(r);
        }
        while (!free.isEmpty()) {
            int r = free.poll();
            if (next[r] == instance.residentLists()[r].length) {
                continue;
            }
            int h = instance.residentLists()[r][next[r]++][0];
            held[h].add(r);
            hospitalOf[r] = h;
            if (held[h].size() > instance.capacity()[h]) {
                int worst = held[h].poll();
                hospitalOf[worst] = -1;
                free.add(worst);
            }
        }
        return hospitalOf;
    }

    /** @return {@code hospitalOf[r]}, -1 when unmatched */
    static int[] hospitalsPropose(GlasgowInstance instance) {
        int[][] rank = residentRanks(instance);
        int[] hospitalOf = new int[instance.residents()];
        Arrays.fill(hospitalOf, -1);
        int[] next = new int[instance.hospitals()];
        int[] free = instance.capacity().clone();
        Deque<Integer> proposing = new ArrayDeque<>();
        for (int h = 0; h < instance.hospitals(); h++) {
            proposing.add(h);
        }
        while (!proposing.isEmpty()) {
            int h = proposing.poll();
            while (free[h] > 0 && next[h] < instance.hospitalLists()[h].length) {
                int r = instance.hospitalLists()[h][next[h]++][0];
                int current = hospitalOf[r];
                if (current == -1 || rank[r][h] < rank[r][current]) {
                    hospitalOf[r] = h;
                    free[h]--;
                    if (current != -1) {
                        free[current]++;
                        proposing.add(current);
                    }
                }
            }
        }
        return hospitalOf;
    }

    /**
     * Pair by pair on the instance's lists (ties are equal ranks): r and h block when r is unmatched or ranks h
     * strictly above its hospital, and h has a free seat or ranks r strictly above one of its residents.
     */
    static int blockingPairs(GlasgowInstance instance, int[] hospitalOf) {
        int[][] hospitalRank = hospitalRanks(instance);
        int[][] residentRank = residentRanks(instance);
        int[] load = new int[instance.hospitals()];
        int[] worst = new int[instance.hospitals()];
        for (int r = 0; r < hospitalOf.length; r++) {
            if (hospitalOf[r] >= 0) {
                load[hospitalOf[r]]++;
                worst[hospitalOf[r]] = Math.max(worst[hospitalOf[r]], hospitalRank[hospitalOf[r]][r]);
            }
        }
        int count = 0;
        for (int r = 0; r < hospitalOf.length; r++) {
            for (int[] group : instance.residentLists()[r]) {
                for (int h : group) {
                    boolean residentWants = hospitalOf[r] == -1 || residentRank[r][h] < residentRank[r][hospitalOf[r]];
                    boolean hospitalWants = load[h] < instance.capacity()[h] || hospitalRank[h][r] < worst[h];
                    if (h != hospitalOf[r] && residentWants && hospitalWants) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** {@code rank[h][r]}: the index of r's tie group on h's list. */
    private static int[][] hospitalRanks(GlasgowInstance instance) {
        int[][] rank = new int[instance.hospitals()][instance.residents()];
        for (int h = 0; h < instance.hospitals(); h++) {
            Arrays.fill(rank[h], Integer.MAX_VALUE);
            int[][] groups = instance.hospitalLists()[h];
            for (int g = 0; g < groups.length; g++) {
                for (int r : groups[g]) {
                    rank[h][r] = g;
                }
            }
        }
        return rank;
    }

    /** {@code rank[r][h]}: the index of h's tie group on r's list. */
    private static int[][] residentRanks(GlasgowInstance instance) {
        int[][] rank = new int[instance.residents()][instance.hospitals()];
        for (int r = 0; r < instance.residents(); r++) {
            Arrays.fill(rank[r], Integer.MAX_VALUE);
            int[][] groups = instance.residentLists()[r];
            for (int g = 0; g < groups.length; g++) {
                for (int h : groups[g]) {
                    rank[r][h] = g;
                }
            }
        }
        return rank;
    }
}
