package io.mentormatch.core.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;

/**
 * How fragile a matching is: for each pairing, if that mentor declines, the fewest other residents who must move so
 * that the resident has a mentor again and nobody who had one loses it (the least a minimal-change re-match must
 * move to keep the result whole). It is the shortest chain "the resident takes a seat at a mentor, whose mentee moves
 * to another mentor, ..." ending at a free seat, found by a breadth-first search; pinned residents do not move and the
 * declined mentor's freed seat is open to everyone but the resident who lost it.
 */
final class DeclineRepair {

    /** Chains longer than this are reported as this long: they would be no practical repair anyway. */
    static final int MAX_CHAIN = 20;

    private DeclineRepair() {
    }

    static IntegrityReport.Fragility fragility(PairScorer scorer, int[] mentorOf) {
        List<List<Integer>> mentees = new ArrayList<>();
        for (int m = 0; m < scorer.mentorCount(); m++) {
            mentees.add(new ArrayList<>());
        }
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != Matching.UNMATCHED) {
                mentees.get(mentorOf[r]).add(r);
            }
        }
        int[] load = new Matching(mentorOf).loads(scorer.mentorCount());
        int[] moves = IntStream.range(0, mentorOf.length).parallel()
                .filter(r -> mentorOf[r] != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0)
                .map(r -> othersToMove(scorer, mentorOf, mentees, load, r))
                .toArray();
        int unrepairable = (int) Arrays.stream(moves).filter(n -> n < 0).count();
        int max = Arrays.stream(moves).max().orElse(0);
        int[] counts = new int[Math.max(0, max) + 1];
        Arrays.stream(moves).filter(n -> n >= 0).forEach(n -> counts[n]++);
        List<Integer> byOthersMoved = Arrays.stream(counts).boxed().toList();
        return new IntegrityReport.Fragility(moves.length, byOthersMoved, Math.max(0, max), unrepairable,
                summary(moves.length, byOthersMoved, Math.max(0, max), unrepairable));
    }

    private static String summary(int pairings, List<Integer> byOthersMoved, int max, int unrepairable) {
        if (pairings == 0) {
            return "There is no pairing a mentor could decline.";
        }
        StringBuilder text = new StringBuilder(max == 0
                ? "Any single decline is repaired without moving anyone else"
                : "Any single decline is repaired by moving at most " + Words.plural(max, "other resident", "others"));
        if (!byOthersMoved.isEmpty() && max > 0) {
            text.append(" (").append(byOthersMoved.get(0)).append(" of ").append(pairings)
                    .append(" pairings need nobody else to move)");
        }
        if (unrepairable > 0) {
            text.append("; after ").append(Words.plural(unrepairable, "decline", "declines"))
                    .append(" the resident cannot get another mentor without leaving someone else without one");
        }
        return text.append('.').toString();
    }

    /**
     * @return the fewest others to move when resident r's mentor declines, or -1 when no chain ends at a seat. The
     * search goes level by level: a level's residents are first tried against the few mentors with a free seat, and
     * only when none fits are their mentors' mentees put on the next level, so most searches score few pairs.
     */
    static int othersToMove(PairScorer scorer, int[] mentorOf, List<List<Integer>> mentees, int[] load, int r) {
        int declined = mentorOf[r];
        int[] free = IntStream.range(0, scorer.mentorCount())
                .filter(m -> load[m] - (m == declined ? 1 : 0) < scorer.capacity(m)).toArray();
        boolean[] seen = new boolean[mentorOf.length];
        boolean[] mentorSeen = new boolean[scorer.mentorCount()];
        mentorSeen[declined] = true;
        seen[r] = true;
        List<Integer> level = List.of(r);
        for (int depth = 0; !level.isEmpty() && depth <= MAX_CHAIN; depth++) {
            for (int x : level) {
                for (int m : free) {
                    if (m != mentorOf[x] && !(x == r && m == declined) && scorer.compatible(x, m)) {
                        return depth;
                    }
                }
            }
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                for (int m = 0; m < scorer.mentorCount(); m++) {
                    if (mentorSeen[m] || m == mentorOf[x] || !scorer.compatible(x, m)) {
                        continue;
                    }
                    mentorSeen[m] = true;
                    for (int y : mentees.get(m)) {
                        if (!seen[y] && scorer.pinnedMentor(y) < 0) {
                            seen[y] = true;
                            next.add(y);
                        }
                    }
                }
            }
            level = next;
        }
        return level.isEmpty() ? -1 : MAX_CHAIN;
    }
}
