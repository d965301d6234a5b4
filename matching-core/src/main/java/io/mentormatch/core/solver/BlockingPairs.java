package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Counts the pairs that would rather be together than with what a matching gave them: a compatible resident r
 * (not pinned) and mentor m where r prefers m to its mentor (or has none) and m has a free seat or prefers r to
 * its worst non-pinned mentee. Both orders come from {@link Preferences}.
 * <p>
 * Each mentor's worst mentee is found once; then each resident looks only at mentors it prefers to its own: for
 * a resident held by a ranked mentor those are the mentors ranked above, so only residents held by an unranked
 * mentor, or by none, scan all mentors (in parallel).
 */
public final class BlockingPairs {

    private BlockingPairs() {
    }

    public static int count(PairScorer scorer, Matching matching) {
        Preferences preferences = new Preferences(scorer);
        int mentors = scorer.mentorCount();
        int[] mentorOf = matching.mentorOf();
        int[] load = matching.loads(mentors);
        long[] worstMentee = new long[mentors];
        Arrays.fill(worstMentee, Long.MIN_VALUE);
        for (int r = 0; r < mentorOf.length; r++) {
            int m = mentorOf[r];
            if (m != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0) {
                worstMentee[m] = Math.max(worstMentee[m], preferences.mentorKey(m, r));
            }
        }
        long count = IntStream.range(0, mentorOf.length).parallel()
                .mapToLong(r -> blockingPairsOf(scorer, preferences, mentorOf, load, worstMentee, r))
                .sum();
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    private static long blockingPairsOf(PairScorer scorer, Preferences preferences, int[] mentorOf, int[] load,
                                        long[] worstMentee, int r) {
        if (scorer.pinnedMentor(r) >= 0) {
            return 0;
        }
        int current = mentorOf[r];
        long currentKey = current == Matching.UNMATCHED ? Preferences.UNMATCHED : preferences.residentKey(r, current);
        long count = 0;
        if (current != Matching.UNMATCHED && Preferences.listed(currentKey)) {
            for (int rank = 1; rank < scorer.residentRank(r, current); rank++) {
                int m = scorer.rankedMentor(r, rank);
                if (scorer.residentRank(r, m) == rank && scorer.compatible(r, m)
                        && wantsResident(scorer, preferences, load, worstMentee, m, r)) {
                    count++;
                }
            }
            return count;
        }
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (m != current && scorer.compatible(r, m) && preferences.residentKey(r, m) < currentKey
                    && wantsResident(scorer, preferences, load, worstMentee, m, r)) {
                count++;
            }
        }
        return count;
    }

    private static boolean wantsResident(PairScorer scorer, Preferences preferences, int[] load, long[] worstMentee,
                                         int m, int r) {
        return load[m] < scorer.capacity(m) || preferences.mentorKey(m, r) < worstMentee[m];
    }
}
