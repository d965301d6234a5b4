package io.mentormatch.core.solver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.util.TopK;

/**
 * Resident-proposing deferred acceptance with mentor capacities (Gale–Shapley, Roth's hospital–residents
 * variant) on the {@link Preferences} orders, ties broken by index: the stable matching every resident likes best
 * among all matchings stable under those strict orders, and so weakly stable. Pinned residents stay with their
 * mentor and use up a seat; the others propose down their order and each mentor holds the best proposals its free
 * seats allow.
 * <p>
 * A resident's list is produced lazily, a chunk of the best remaining mentors at a time, because most residents are
 * held by one of their first few proposals: sorting all 8,000 mentors for each of 20,000 residents would cost more
 * than the whole deferred acceptance. Chunks double in size, so a resident rejected
 * many times rescans the mentors only a logarithmic number of times.
 */
public final class StableMatching {

    /** The first chunk of a resident's unranked mentors; each further chunk is twice the size of the last. */
    private static final int FIRST_CHUNK = 32;

    private StableMatching() {
    }

    public static Matching solve(PairScorer scorer) {
        return new Run(scorer).solve();
    }

    private static final class Run {

        private final PairScorer scorer;
        private final Preferences preferences;
        private final int[] mentorOf;
        private final int[] seats;
        private final int[] seatStart;
        private final int[] held;
        private final long[] heldKey;
        private final int[] heldCount;
        private final ProposalLists lists;

        Run(PairScorer scorer) {
            this.scorer = scorer;
            this.preferences = new Preferences(scorer);
            int residents = scorer.residentCount();
            int mentors = scorer.mentorCount();
            mentorOf = new int[residents];
            Arrays.fill(mentorOf, Matching.UNMATCHED);
            seats = new int[mentors];
            for (int m = 0; m < mentors; m++) {
                seats[m] = scorer.capacity(m);
            }
            for (int r = 0; r < residents; r++) {
                int pinned = scorer.pinnedMentor(r);
                if (pinned >= 0) {
                    mentorOf[r] = pinned;
                    seats[pinned]--;
                }
            }
            seatStart = new int[mentors + 1];
            for (int m = 0; m < mentors; m++) {
                seats[m] = Math.max(0, seats[m]);
                seatStart[m + 1] = seatStart[m] + seats[m];
            }
            held = new int[seatStart[mentors]];
            heldKey = new long[seatStart[mentors]];
            heldCount = new int[mentors];
            lists = new ProposalLists(scorer);
        }

        Matching solve() {
            Deque<Integer> free = new ArrayDeque<>();
            for (int r = scorer.residentCount() - 1; r >= 0; r--) {
                if (scorer.pinnedMentor(r) < 0) {
                    free.push(r);
                }
            }
            while (!free.isEmpty()) {
                int r = free.pop();
                int rejected = propose(r);
                if (rejected >= 0) {
                    free.push(rejected);
                }
            }
            return new Matching(mentorOf);
        }

        /**
         * Resident r proposes down its list until a mentor holds it or the list ends.
         *
         * @return the resident a mentor let go to hold r, or -1
         */
        private int propose(int r) {
            while (true) {
                int m = lists.next(r);
                if (m < 0) {
                    return -1;
                }
                if (seats[m] == 0) {
                    continue;
                }
                long key = preferences.mentorKey(m, r);
                int start = seatStart[m];
                if (heldCount[m] < seats[m]) {
                    held[start + heldCount[m]] = r;
                    heldKey[start + heldCount[m]++] = key;
                    mentorOf[r] = m;
                    return -1;
                }
                int worst = start;
                for (int j = start + 1; j < start + seats[m]; j++) {
                    if (heldKey[j] > heldKey[worst]) {
                        worst = j;
                    }
                }
                if (key < heldKey[worst]) {
                    int rejected = held[worst];
                    held[worst] = r;
                    heldKey[worst] = key;
                    mentorOf[r] = m;
                    mentorOf[rejected] = Matching.UNMATCHED;
                    return rejected;
                }
            }
        }
    }

    /**
     * Each resident's preference order, handed out one mentor at a time: the compatible mentors by pair score (ties
     * by index), scored a chunk at a time.
     */
    private static final class ProposalLists {

        private final PairScorer scorer;
        private final int[][] chunk;
        private final int[] chunkCursor;
        private final long[] lastKey;
        private final int[] refills;
        private final boolean[] exhausted;

        ProposalLists(PairScorer scorer) {
            this.scorer = scorer;
            int residents = scorer.residentCount();
            chunk = new int[residents][];
            chunkCursor = new int[residents];
            lastKey = new long[residents];
            refills = new int[residents];
            Arrays.fill(lastKey, Long.MIN_VALUE);
            exhausted = new boolean[residents];
        }

        /** @return the next mentor on resident r's list, or -1 when it has proposed to all of them */
        int next(int r) {
            if (chunk[r] == null || chunkCursor[r] == chunk[r].length) {
                if (exhausted[r]) {
                    return -1;
                }
                refill(r);
                if (chunk[r].length == 0) {
                    return -1;
                }
            }
            return chunk[r][chunkCursor[r]++];
        }

        /** The next chunk of compatible mentors after the last one handed out, in preference order. */
        private void refill(int r) {
            long after = lastKey[r];
            int chunkSize = (int) Math.min(scorer.mentorCount(), (long) FIRST_CHUNK << Math.min(20, refills[r]++));
            TopK best = new TopK(chunkSize);
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (!scorer.compatible(r, m)) {
                    continue;
                }
                long key = Preferences.key(scorer.score(r, m), m);
                if (key > after) {
                    best.offer(key);
                }
            }
            long[] kept = best.sorted();
            int size = kept.length;
            int[] mentors = new int[size];
            for (int i = 0; i < size; i++) {
                mentors[i] = Preferences.partnerOf(kept[i]);
            }
            chunk[r] = mentors;
            chunkCursor[r] = 0;
            exhausted[r] = size < chunkSize || size == 0;
            if (size > 0) {
                lastKey[r] = kept[size - 1];
            }
        }
    }
}
