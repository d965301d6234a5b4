package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * The blocking-pair definition of docs/matching-model.md word for word, pair by pair, written from the cohort's
 * lists and pair scores without {@link StatedPreferences}, to check the fast count and deferred acceptance against.
 */
final class NaiveBlockingPairs {

    private interface Order {
        /** Whether the chooser strictly prefers a to b. */
        boolean prefers(int chooser, int a, int b);
    }

    private NaiveBlockingPairs() {
    }

    /**
     * r and m block when r strictly prefers m to its mentor (or has none) and m has a free seat or strictly prefers r
     * to one of its non-pinned mentees. A resident prefers a mentor it ranked to one it did not, the earlier ranked
     * one of two ranked ones, and the higher pair score of two unranked ones (equal scores tie); the same for a
     * mentor with its preferred residents.
     */
    static int count(PairScorer scorer, Matching matching) {
        return count(scorer, matching,
                (r, m, other) -> prefers(scorer.residentRank(r, m), scorer.residentRank(r, other),
                        fit(scorer, r, m), fit(scorer, r, other)),
                (m, r, other) -> prefers(scorer.mentorPreference(m, r), scorer.mentorPreference(m, other),
                        fit(scorer, r, m), fit(scorer, other, m)));
    }

    /** The pair score without the two list terms. */
    private static int fit(PairScorer scorer, int r, int m) {
        return scorer.score(r, m) - scorer.termPoints(ScoreTerm.RESIDENT_RANK, r, m)
                - scorer.termPoints(ScoreTerm.MENTOR_PREFERENCE, r, m);
    }

    /** The same under the strict orders deferred acceptance runs on: the stated orders, ties broken by index. */
    static int countStrict(PairScorer scorer, Matching matching) {
        StatedPreferences preferences = new StatedPreferences(scorer);
        return count(scorer, matching, (r, m, other) -> preferences.residentKey(r, m) < preferences.residentKey(r, other),
                (m, r, other) -> preferences.mentorKey(m, r) < preferences.mentorKey(m, other));
    }

    /** @param positionA 1-based place of a on the chooser's list, 0 when not listed; the same for b */
    private static boolean prefers(int positionA, int positionB, int scoreA, int scoreB) {
        if (positionA > 0 || positionB > 0) {
            return positionA > 0 && (positionB == 0 || positionA < positionB);
        }
        return scoreA > scoreB;
    }

    private static int count(PairScorer scorer, Matching matching, Order resident, Order mentor) {
        int[] mentorOf = matching.mentorOf();
        int[] load = matching.loads(scorer.mentorCount());
        java.util.List<java.util.List<Integer>> mentees = new java.util.ArrayList<>();
        for (int m = 0; m < scorer.mentorCount(); m++) {
            mentees.add(new java.util.ArrayList<>());
        }
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != Matching.UNMATCHED) {
                mentees.get(mentorOf[r]).add(r);
            }
        }
        int count = 0;
        for (int r = 0; r < mentorOf.length; r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                continue;
            }
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (m == mentorOf[r] || !scorer.compatible(r, m)) {
                    continue;
                }
                boolean residentWants = mentorOf[r] == Matching.UNMATCHED || resident.prefers(r, m, mentorOf[r]);
                boolean mentorWants = load[m] < scorer.capacity(m);
                for (int i = 0; i < mentees.get(m).size() && !mentorWants; i++) {
                    int other = mentees.get(m).get(i);
                    mentorWants = scorer.pinnedMentor(other) < 0 && mentor.prefers(m, r, other);
                }
                if (residentWants && mentorWants) {
                    count++;
                }
            }
        }
        return count;
    }
}
