package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/** The blocking-pair definition word for word, pair by pair, to check the fast count against. */
final class NaiveBlockingPairs {

    private NaiveBlockingPairs() {
    }

    static int count(PairScorer scorer, Matching matching) {
        Preferences preferences = new Preferences(scorer);
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
                boolean residentWants = mentorOf[r] == Matching.UNMATCHED
                        || preferences.residentKey(r, m) < preferences.residentKey(r, mentorOf[r]);
                boolean mentorWants = load[m] < scorer.capacity(m);
                for (int other = 0; other < mentorOf.length && !mentorWants; other++) {
                    mentorWants = mentorOf[other] == m && scorer.pinnedMentor(other) < 0
                            && preferences.mentorKey(m, r) < preferences.mentorKey(m, other);
                }
                if (residentWants && mentorWants) {
                    count++;
                }
            }
        }
        return count;
    }
}
