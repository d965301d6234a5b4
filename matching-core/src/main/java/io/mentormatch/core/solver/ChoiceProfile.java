package io.mentormatch.core.solver;

import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Which choice each matched resident got: {@code [matched, 1st choices, 2nd choices, ..., n-th choices, unranked]}
 * through the cohort's longest ranking, pinned residents included. A choice is the resident's ranking position of
 * its mentor; a mentor the resident did not rank counts as unranked, after every rank.
 */
public final class ChoiceProfile {

    private ChoiceProfile() {
    }

    public static List<Integer> of(PairScorer scorer, Matching matching) {
        int longest = 0;
        for (int r = 0; r < scorer.residentCount(); r++) {
            longest = Math.max(longest, scorer.rankingLength(r));
        }
        int[] counts = new int[longest + 2];
        int[] mentorOf = matching.mentorOf();
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != Matching.UNMATCHED) {
                counts[0]++;
                int rank = scorer.residentRank(r, mentorOf[r]);
                counts[rank == 0 ? longest + 1 : rank]++;
            }
        }
        List<Integer> profile = new ArrayList<>(counts.length);
        for (int count : counts) {
            profile.add(count);
        }
        return List.copyOf(profile);
    }
}
