package io.mentormatch.core.solver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.util.TopK;

/**
 * Deferred acceptance with mentor capacities (Gale–Shapley, Roth's hospitals–residents variant) on the
 * {@link StatedPreferences} orders, ties broken by index (the earlier mentor or resident of the cohort file first):
 * <ul>
 * <li>{@link #solve}: residents propose. On strict lists it is the resident-optimal stable matching, the one every
 * resident likes best among all stable matchings, and no resident can gain by misstating its list.</li>
 * <li>{@link #solveMentorOptimal}: mentors propose, one proposal per free seat: the mentor-optimal one.</li>
 * </ul>
 * Both are stable under the tie-broken orders, so no pair blocks under the stated orders ({@link BlockingPairs}).
 * Pinned residents stay with their mentor and use up a seat; nobody proposes to them or is proposed to by them.
 * <p>
 * Each list is produced lazily: first the people the proposer listed, in order, then a chunk of the best-scoring
 * others at a time, because most proposers are held by one of their first few proposals: sorting all 8,000 mentors
 * for each of 20,000 residents would cost more than the whole deferred acceptance. Chunks double in size, so a
 * proposer rejected many times rescans the other side only a logarithmic number of times.
 */
public final class StableMatching {

    /** The first chunk of a proposer's unlisted partners; each further chunk is twice the size of the last. */
    private static final int FIRST_CHUNK = 32;

    private StableMatching() {
    }

    /** Resident-proposing: the resident-optimal stable matching. */
    public static Matching solve(PairScorer scorer) {
        return new ResidentsPropose(scorer).solve();
    }

    /** Mentor-proposing: the mentor-optimal stable matching. */
    public static Matching solveMentorOptimal(PairScorer scorer) {
        return new MentorsPropose(scorer).solve();
    }

    /** Seats per mentor left by its pinned residents, and the matching with the pinned pairs in it. */
    private static int[] seatsAfterPinned(PairScorer scorer, int[] mentorOf) {
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        int[] seats = new int[scorer.mentorCount()];
        for (int m = 0; m < seats.length; m++) {
            seats[m] = scorer.capacity(m);
        }
        for (int r = 0; r < mentorOf.length; r++) {
            int pinned = scorer.pinnedMentor(r);
            if (pinned >= 0) {
                mentorOf[r] = pinned;
                seats[pinned]--;
            }
        }
        for (int m = 0; m < seats.length; m++) {
            seats[m] = Math.max(0, seats[m]);
        }
        return seats;
    }

    private static final class ResidentsPropose {

        private final PairScorer scorer;
        private final StatedPreferences preferences;
        private final int[] mentorOf;
        private final int[] seats;
        private final int[] seatStart;
        private final int[] held;
        private final long[] heldKey;
        private final int[] heldCount;
        private final ProposalLists lists;

        ResidentsPropose(PairScorer scorer) {
            this.scorer = scorer;
            this.preferences = new StatedPreferences(scorer);
            int mentors = scorer.mentorCount();
            mentorOf = new int[scorer.residentCount()];
            seats = seatsAfterPinned(scorer, mentorOf);
            seatStart = new int[mentors + 1];
            for (int m = 0; m < mentors; m++) {
                seatStart[m + 1] = seatStart[m] + seats[m];
            }
            held = new int[seatStart[mentors]];
            heldKey = new long[seatStart[mentors]];
            heldCount = new int[mentors];
            lists = new ProposalLists(scorer, false);
        }

        Matching solve() {
            Deque<Integer> free = new ArrayDeque<>();
            for (int r = scorer.residentCount() - 1; r >= 0; r--) {
                if (scorer.pinnedMentor(r) < 0) {
                    free.push(r);
                }
            }
            while (!free.isEmpty()) {
                int rejected = propose(free.pop());
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

    private static final class MentorsPropose {

        private final PairScorer scorer;
        private final StatedPreferences preferences;
        private final int[] mentorOf;
        private final long[] heldKey;
        private final int[] free;
        private final ProposalLists lists;

        MentorsPropose(PairScorer scorer) {
            this.scorer = scorer;
            this.preferences = new StatedPreferences(scorer);
            mentorOf = new int[scorer.residentCount()];
            free = seatsAfterPinned(scorer, mentorOf);
            heldKey = new long[mentorOf.length];
            Arrays.fill(heldKey, StatedPreferences.UNMATCHED);
            lists = new ProposalLists(scorer, true);
        }

        Matching solve() {
            Deque<Integer> active = new ArrayDeque<>();
            boolean[] queued = new boolean[free.length];
            for (int m = free.length - 1; m >= 0; m--) {
                if (free[m] > 0) {
                    active.push(m);
                    queued[m] = true;
                }
            }
            while (!active.isEmpty()) {
                int m = active.pop();
                queued[m] = false;
                while (free[m] > 0) {
                    int r = lists.next(m);
                    if (r < 0) {
                        break;
                    }
                    long key = preferences.residentKey(r, m);
                    if (key >= heldKey[r]) {
                        continue;
                    }
                    int left = mentorOf[r];
                    mentorOf[r] = m;
                    heldKey[r] = key;
                    free[m]--;
                    if (left != Matching.UNMATCHED) {
                        free[left]++;
                        if (!queued[left]) {
                            active.push(left);
                            queued[left] = true;
                        }
                    }
                }
            }
            return new Matching(mentorOf);
        }
    }

    /**
     * Each proposer's order, handed out one partner at a time: the ones it listed, in order (compatible ones only),
     * then the other compatible ones by fit (ties by index), scored a chunk at a time. Residents propose to
     * mentors; mentors propose to residents who are not pinned.
     */
    private static final class ProposalLists {

        private final PairScorer scorer;
        private final StatedPreferences preferences;
        private final boolean mentorsPropose;
        private final int[][] listed;
        private final int[] listedCursor;
        private final int[][] chunk;
        private final int[] chunkCursor;
        private final long[] lastKey;
        private final int[] refills;
        private final boolean[] exhausted;

        ProposalLists(PairScorer scorer, boolean mentorsPropose) {
            this.scorer = scorer;
            this.preferences = new StatedPreferences(scorer);
            this.mentorsPropose = mentorsPropose;
            int proposers = mentorsPropose ? scorer.mentorCount() : scorer.residentCount();
            listed = new int[proposers][];
            for (int p = 0; p < proposers; p++) {
                int proposer = p;
                listed[p] = mentorsPropose
                        ? scorer.mentor(p).preferredResidents().stream().mapToInt(scorer::residentIndex).toArray()
                        : IntStream.rangeClosed(1, scorer.rankingLength(p))
                        .map(rank -> scorer.rankedMentor(proposer, rank)).toArray();
            }
            listedCursor = new int[proposers];
            chunk = new int[proposers][];
            chunkCursor = new int[proposers];
            lastKey = new long[proposers];
            refills = new int[proposers];
            Arrays.fill(lastKey, Long.MIN_VALUE);
            exhausted = new boolean[proposers];
        }

        /** @return the next partner on proposer p's list, or -1 when it has proposed to all of them */
        int next(int p) {
            while (listedCursor[p] < listed[p].length) {
                int other = listed[p][listedCursor[p]++];
                if (eligible(p, other)) {
                    return other;
                }
            }
            if (chunk[p] == null || chunkCursor[p] == chunk[p].length) {
                if (exhausted[p]) {
                    return -1;
                }
                refill(p);
                if (chunk[p].length == 0) {
                    return -1;
                }
            }
            return chunk[p][chunkCursor[p]++];
        }

        private boolean eligible(int p, int other) {
            return mentorsPropose ? scorer.pinnedMentor(other) < 0 && scorer.compatible(other, p)
                    : scorer.compatible(p, other);
        }

        /** The next chunk of unlisted eligible partners after the last one handed out, in preference order. */
        private void refill(int p) {
            long after = lastKey[p];
            int others = mentorsPropose ? scorer.residentCount() : scorer.mentorCount();
            int chunkSize = (int) Math.min(others, (long) FIRST_CHUNK << Math.min(20, refills[p]++));
            TopK best = new TopK(chunkSize);
            for (int o = 0; o < others; o++) {
                if (!eligible(p, o) || (mentorsPropose ? scorer.mentorPreference(p, o) : scorer.residentRank(p, o)) > 0) {
                    continue;
                }
                int fit = mentorsPropose ? preferences.fit(o, p) : preferences.fit(p, o);
                long key = StatedPreferences.key(StatedPreferences.unlistedTier(fit), o);
                if (key > after) {
                    best.offer(key);
                }
            }
            long[] kept = best.sorted();
            int size = kept.length;
            int[] partners = new int[size];
            for (int i = 0; i < size; i++) {
                partners[i] = StatedPreferences.partnerOf(kept[i]);
            }
            chunk[p] = partners;
            chunkCursor[p] = 0;
            exhausted[p] = size < chunkSize || size == 0;
            if (size > 0) {
                lastKey[p] = kept[size - 1];
            }
        }
    }
}
