package io.mentormatch.core.explain;

import java.util.EnumMap;
import java.util.Map;

import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Says why a resident was left without a mentor: either no mentor is compatible at all (naming the hard rule
 * that excluded most of them), or every compatible mentor is full.
 */
public final class UnmatchedExplainer {

    private final PairScorer scorer;

    public UnmatchedExplainer(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** @param loads the mentees each mentor has in the matching that left the resident out */
    public String reason(int r, int[] loads) {
        int compatible = 0;
        int withRoom = 0;
        Map<Incompatibility, Integer> excludedBy = new EnumMap<>(Incompatibility.class);
        for (int m = 0; m < scorer.mentorCount(); m++) {
            // the cheap check first: at national scale this runs for thousands of residents × thousands of mentors
            if (scorer.compatible(r, m)) {
                compatible++;
                if (loads[m] < scorer.capacity(m)) {
                    withRoom++;
                }
            } else {
                excludedBy.merge(scorer.incompatibility(r, m).orElseThrow(), 1, Integer::sum);
            }
        }
        if (scorer.mentorCount() == 0) {
            return "no compatible mentor: the cohort has no mentors";
        }
        if (compatible == 0) {
            Incompatibility commonest = null;
            for (Map.Entry<Incompatibility, Integer> rule : excludedBy.entrySet()) {
                if (commonest == null || rule.getValue() > excludedBy.get(commonest)) {
                    commonest = rule.getKey();
                }
            }
            return "no compatible mentor: for " + excludedBy.get(commonest) + " of " + scorer.mentorCount()
                    + " mentors, " + commonest.description();
        }
        if (withRoom == 0) {
            return compatible == 1 ? "the only compatible mentor is full"
                    : "every compatible mentor is full (" + compatible + " compatible mentors)";
        }
        return withRoom + " compatible mentor(s) still have room: the solver stopped before placing this resident";
    }
}
