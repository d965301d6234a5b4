package io.mentormatch.core.solver;

import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * Mentoring families: in a cohort with a family size, each faculty mentor's mentees form a family that meets
 * together, which it can only do in an hour when the mentor and every member are free. The pair score cannot
 * see this (it is a property of the whole group), so the family term lives here and in the constraint
 * {@code familyCommonHour}.
 */
public final class Families {

    private Families() {
    }

    /**
     * What a family with a common hour earns: as much as one pair's full availability term, so the local search
     * gives up at most that much pair score to let a family meet.
     */
    public static int commonHourReward(PairScorer scorer) {
        return ScoreTerm.AVAILABILITY.weight(scorer.weights()) * ScoreTerm.POINTS_PER_WEIGHT;
    }

    /** Hours of the week in which the mentor and every listed resident are free. */
    public static int commonHours(PairScorer scorer, int mentor, int[] residents) {
        WeeklyAvailability common = scorer.mentor(mentor).availability();
        for (int r : residents) {
            common = common.intersect(scorer.resident(r).availability());
        }
        return common.hours();
    }

    /** The families of a matching, by mentor; empty in a one-to-one cohort. */
    public static List<MatchingResult.Family> of(PairScorer scorer, Matching matching) {
        CohortInfo info = scorer.cohort().info();
        List<List<Integer>> members = new ArrayList<>();
        for (int m = 0; m < scorer.mentorCount(); m++) {
            members.add(new ArrayList<>());
        }
        for (int r = 0; r < scorer.residentCount(); r++) {
            int m = matching.mentorOf()[r];
            if (m != Matching.UNMATCHED) {
                members.get(m).add(r);
            }
        }
        List<MatchingResult.Family> families = new ArrayList<>();
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (info.leadsFamily(scorer.mentor(m)) && !members.get(m).isEmpty()) {
                int[] residents = members.get(m).stream().mapToInt(Integer::intValue).toArray();
                families.add(new MatchingResult.Family(scorer.mentor(m).id().value(),
                        members.get(m).stream().map(r -> scorer.resident(r).id().value()).toList(),
                        commonHours(scorer, m, residents)));
            }
        }
        return families;
    }
}
