package io.mentormatch.core.solver;

import io.mentormatch.core.scoring.PairScorer;

/**
 * The least load-balance penalty any matching of a given size can have: the load-balance rule charges
 * weight × load × (load − 1) / 2 per mentor, so the k-th mentee of a mentor costs weight × (k − 1) and the cheapest
 * loads fill every mentor's 1st seat, then every 2nd seat, and so on (within each mentor's seats).
 * <p>
 * When the exact assignment is certified optimal for the pair scores and its loads already cost this least
 * penalty, no matching scores better on both parts, so the local search has nothing to find and is skipped.
 */
final class LoadBalanceBound {

    private LoadBalanceBound() {
    }

    /** @return the least penalty of {@code matched} mentees spread over the mentors' seats (0 for weight 0) */
    static long leastPenalty(PairScorer scorer, int matched) {
        int weight = scorer.weights().loadBalance();
        int mentors = scorer.mentorCount();
        // a pinned pair holds even at a mentor without seats
        int[] seats = new int[mentors];
        for (int r = 0; r < scorer.residentCount(); r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                seats[scorer.pinnedMentor(r)]++;
            }
        }
        for (int m = 0; m < mentors; m++) {
            seats[m] = Math.max(seats[m], scorer.capacity(m));
        }
        long penalty = 0;
        int left = matched;
        for (int seat = 1; left > 0; seat++) {
            int open = 0;
            for (int m = 0; m < mentors; m++) {
                if (seats[m] >= seat) {
                    open++;
                }
            }
            if (open == 0) {
                break;
            }
            int taken = Math.min(open, left);
            penalty += (long) taken * weight * (seat - 1);
            left -= taken;
        }
        return penalty;
    }

    /** The load-balance penalty of a matching. */
    static long penalty(PairScorer scorer, Matching matching) {
        long penalty = 0;
        for (int load : matching.loads(scorer.mentorCount())) {
            penalty += (long) scorer.weights().loadBalance() * load * (load - 1) / 2;
        }
        return penalty;
    }
}
