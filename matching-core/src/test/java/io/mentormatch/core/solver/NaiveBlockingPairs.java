package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/** The blocking-pair definitions word for word, pair by pair, to check the fast count and deferred acceptance against. */
final class NaiveBlockingPairs {

    private interface Order {
        /** Whether the chooser strictly prefers a to b. */
        boolean prefers(int chooser, int a, int b);
    }

    private NaiveBlockingPairs() {
    }

    /**
     * Weak stability: r and m block when r strictly prefers m (a strictly higher pair score than with its mentor, or
     * r has none) and m has a free seat or strictly prefers r to one of its non-pinned mentees. Equal scores tie.
     */
    static int count(PairScorer scorer, Matching matching) {
        return count(scorer, matching, (r, m, other) -> scorer.score(r, m) > scorer.score(r, other),
                (m, r, other) -> scorer.score(r, m) > scorer.score(other, m));
    }

    /** The same under the strict orders deferred acceptance runs on: {@link Preferences}' keys, ties broken by index. */
    static int countStrict(PairScorer scorer, Matching matching) {
        Preferences preferences = new Preferences(scorer);
        return count(scorer, matching, (r, m, other) -> preferences.residentKey(r, m) < preferences.residentKey(r, other),
                (m, r, other) -> preferences.mentorKey(m, r) < preferences.mentorKey(m, other));
    }

    private static int count(PairScorer scorer, Matching matching, Order resident, Order mentor) {
        int[] mentorOf = matching.mentorOf();
        int[] load = matching.loads(scorer.mentorCount());
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
                for (int other = 0; other < mentorOf.length && !mentorWants; other++) {
                    mentorWants = mentorOf[other] == m && scorer.pinnedMentor(other) < 0 && mentor.prefers(m, r, other);
                }
                if (residentWants && mentorWants) {
                    count++;
                }
            }
        }
        return count;
    }
}
