package io.mentormatch.core.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Counts the pairs that would rather be together than with what a matching gave them, against what people said
 * ({@link StatedPreferences}): a compatible resident r (not pinned) and mentor m block when r strictly prefers m to
 * its mentor (or has none) and m has a free seat or strictly prefers r to its worst mentee who is not pinned. Ties
 * are not preferences: a pair in which either side is indifferent does not block. Every mode reports this count.
 * <p>
 * Each mentor's worst mentee is found once; then each resident looks only at the mentors it prefers: a resident
 * given its k-th choice looks at its first k-1 choices; an unmatched resident, or one given a mentor it did not rank,
 * also at the mentors it did not rank that fit better, which the candidate scans (when given) narrow down.
 */
public final class BlockingPairs {

    /** The resident and mentor indices of one blocking pair. */
    public record Pair(int resident, int mentor) {
    }

    private BlockingPairs() {
    }

    public static int count(PairScorer scorer, Matching matching) {
        return count(scorer, matching, null);
    }

    /**
     * The same count, scoring only the pairs that could block: each resident's ranked mentors, its candidate list
     * (its best mentors by pair score) and, when the list was cut, the mentors that would take a resident scoring
     * no more than the list's last score, or that named the resident. At national scale this scores a small part of
     * the pairs.
     *
     * @param scans each resident's scan of its best mentors, or null to score every pair
     */
    static int count(PairScorer scorer, Matching matching, Candidates.Scan[] scans) {
        Context context = new Context(new StatedPreferences(scorer), matching.mentorOf(), scans);
        long count = IntStream.range(0, context.mentorOf.length).parallel()
                .mapToLong(r -> context.blockingPairsOf(r, null))
                .sum();
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Every blocking pair, by resident then by the resident's order of the mentors it would rather have. */
    public static List<Pair> find(PairScorer scorer, Matching matching) {
        Context context = new Context(new StatedPreferences(scorer), matching.mentorOf(), null);
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < context.mentorOf.length; r++) {
            List<Pair> ofResident = new ArrayList<>();
            context.blockingPairsOf(r, ofResident);
            ofResident.sort((a, b) -> Long.compare(context.preferences.residentKey(a.resident(), a.mentor()),
                    context.preferences.residentKey(b.resident(), b.mentor())));
            pairs.addAll(ofResident);
        }
        return pairs;
    }

    /**
     * Per mentor, the tier of its order a resident must beat to be wanted: everyone with a free seat, nobody when
     * every mentee is pinned.
     */
    static int[] wantedBelow(StatedPreferences preferences, int[] mentorOf) {
        PairScorer scorer = preferences.scorer();
        int mentors = scorer.mentorCount();
        int[] load = new Matching(mentorOf).loads(mentors);
        int[] below = new int[mentors];
        Arrays.fill(below, Integer.MIN_VALUE);
        for (int r = 0; r < mentorOf.length; r++) {
            int m = mentorOf[r];
            if (m != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0) {
                below[m] = Math.max(below[m], preferences.mentorTier(m, r));
            }
        }
        for (int m = 0; m < mentors; m++) {
            if (load[m] < scorer.capacity(m)) {
                below[m] = Integer.MAX_VALUE;
            }
        }
        return below;
    }

    private static final class Context {

        private final StatedPreferences preferences;
        private final PairScorer scorer;
        private final int[] mentorOf;
        private final int[] below;
        private final Candidates.Scan[] scans;
        /** Mentors by descending {@link #below}: those that take the most residents first. */
        private final int[] byBelow;
        /** Per resident, the mentors that named it. */
        private final int[][] namedBy;

        Context(StatedPreferences preferences, int[] mentorOf, Candidates.Scan[] scans) {
            this.preferences = preferences;
            this.scorer = preferences.scorer();
            this.mentorOf = mentorOf;
            this.below = wantedBelow(preferences, mentorOf);
            this.scans = scans;
            if (scans == null) {
                byBelow = null;
                namedBy = null;
                return;
            }
            long[] packed = new long[below.length];
            for (int m = 0; m < below.length; m++) {
                packed[m] = (long) below[m] << 32 | m;
            }
            Arrays.sort(packed);
            byBelow = new int[below.length];
            for (int i = 0; i < packed.length; i++) {
                byBelow[i] = (int) packed[packed.length - 1 - i];
            }
            List<List<Integer>> named = new ArrayList<>();
            for (int r = 0; r < mentorOf.length; r++) {
                named.add(new ArrayList<>(0));
            }
            for (int m = 0; m < scorer.mentorCount(); m++) {
                for (var id : scorer.mentor(m).preferredResidents()) {
                    int r = scorer.findResident(id).orElse(-1);
                    if (r >= 0) {
                        named.get(r).add(m);
                    }
                }
            }
            namedBy = named.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        /** @param found where to add the pairs, or null to count only */
        long blockingPairsOf(int r, List<Pair> found) {
            if (scorer.pinnedMentor(r) >= 0) {
                return 0;
            }
            int current = mentorOf[r];
            int currentTier = current == Matching.UNMATCHED ? Integer.MAX_VALUE : preferences.residentTier(r, current);
            long count = 0;
            // the mentors it ranked above its mentor: all of them when its mentor is not one it ranked
            for (int rank = 1; rank <= scorer.rankingLength(r) && rank < currentTier; rank++) {
                int m = scorer.rankedMentor(r, rank);
                if (m != current && scorer.compatible(r, m) && wants(m, r, preferences.fit(r, m), found)) {
                    count++;
                }
            }
            if (StatedPreferences.listed(currentTier)) {
                return count;
            }
            int currentFit = current == Matching.UNMATCHED ? Integer.MIN_VALUE : preferences.fit(r, current);
            return count + (scans == null ? unrankedOf(r, current, currentFit, found)
                    : unrankedFromScan(r, current, currentFit, found));
        }

        /** The mentors r did not rank and fits better than its mentor, from every mentor. */
        private long unrankedOf(int r, int current, int currentFit, List<Pair> found) {
            long count = 0;
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (m == current || below[m] == Integer.MIN_VALUE || !scorer.compatible(r, m)
                        || scorer.residentRank(r, m) > 0) {
                    continue;
                }
                int fit = preferences.fit(r, m);
                if (fit > currentFit && wants(m, r, fit, found)) {
                    count++;
                }
            }
            return count;
        }

        /**
         * The same from r's scan: its list by descending pair score, then the mentors past it that could want r. A
         * fit is at most the pair score, and equals it for a mentor r did not rank that did not name r: past the list
         * such a mentor fits at most the list's last score.
         */
        private long unrankedFromScan(int r, int current, int currentFit, List<Pair> found) {
            Candidates.Scan scan = scans[r];
            int[] listed = scan.mentors();
            int[] scores = scan.scores();
            long count = 0;
            for (int i = 0; i < listed.length && scores[i] > currentFit; i++) {
                int m = listed[i];
                if (m != current && scorer.residentRank(r, m) == 0) {
                    int fit = preferences.fit(r, m);
                    if (fit > currentFit && wants(m, r, fit, found)) {
                        count++;
                    }
                }
            }
            boolean cut = scan.compatible() > listed.length;
            int cutoff = listed.length == 0 ? scan.maxScore() : scores[listed.length - 1];
            if (!cut || cutoff <= currentFit) {
                return count;
            }
            int[] sortedListed = listed.clone();
            Arrays.sort(sortedListed);
            // past the list every fit is at most the cutoff: an unnamed r is wanted only below these tiers
            int lowestWanting = StatedPreferences.unlistedTier(cutoff);
            for (int i = 0; i < byBelow.length && below[byBelow[i]] > lowestWanting; i++) {
                count += pastTheList(r, byBelow[i], current, currentFit, sortedListed, found);
            }
            for (int m : namedBy[r]) {
                if (below[m] <= lowestWanting) {
                    count += pastTheList(r, m, current, currentFit, sortedListed, found);
                }
            }
            return count;
        }

        private int pastTheList(int r, int m, int current, int currentFit, int[] sortedListed, List<Pair> found) {
            if (m == current || Arrays.binarySearch(sortedListed, m) >= 0 || !scorer.compatible(r, m)
                    || scorer.residentRank(r, m) > 0) {
                return 0;
            }
            int fit = preferences.fit(r, m);
            return fit > currentFit && wants(m, r, fit, found) ? 1 : 0;
        }

        /** Whether mentor m would take r (the pair's fit known), noting the pair when it does. */
        private boolean wants(int m, int r, int fit, List<Pair> found) {
            if (below[m] == Integer.MIN_VALUE) {
                return false;
            }
            if (StatedPreferences.tier(scorer.mentorPreference(m, r), fit) >= below[m]) {
                return false;
            }
            if (found != null) {
                found.add(new Pair(r, m));
            }
            return true;
        }
    }
}
