package io.mentormatch.web.system;

import java.util.List;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.proposal.ChangePreview;
import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.solver.MatchingResult;

/**
 * Pair scores on the one fit scale ({@link FitScale}), as {@code @fit} in templates: a page that holds a raw pair
 * score (a preview of moves, a mentor to pick) says it as "72 %".
 */
@Component("fit")
public class Fits {

    /** The pair score's fit in the cohort's faculty layer, "72 %"; "–" for none. */
    public String percent(CohortView cohort, Integer pairScore) {
        return pairScore == null ? "–" : FitScale.of(cohort, Layer.PRIMARY).percent(pairScore) + " %";
    }

    /** A change of fit from one pair score to another, "55 % → 72 %"; from no mentor, "none → 72 %". */
    public String change(CohortView cohort, Integer before, int after) {
        return (before == null ? "none" : percent(cohort, before)) + " → " + percent(cohort, after);
    }

    /** The average fit of a run's pairings in the faculty layer, or in the peer layer: "72 %". */
    public String average(CohortView cohort, List<MatchingResult.Assignment> assignments, boolean peerLayer) {
        return FitScale.of(cohort, peerLayer ? Layer.PEER : Layer.PRIMARY)
                .averagePercent(assignments.stream().map(MatchingResult.Assignment::pairScore).toList()) + " %";
    }

    /** The average fit of {@code pairs} pairs whose pair scores add up to {@code total}: "72 %". */
    public String averageOfTotal(CohortView cohort, long total, long pairs) {
        return FitScale.of(cohort, Layer.PRIMARY).averagePercent(total, pairs) + " %";
    }

    /** The fit of an average pair score (a mean over residents), "61 %". */
    public String averageOf(CohortView cohort, double meanPairScore) {
        return FitScale.of(cohort, Layer.PRIMARY).averagePercent(Math.round(meanPairScore * 1000), 1000) + " %";
    }

    /** A hand edit's moved pairs' fit changes added up, in percentage points: "+6 points", "no change". */
    public String points(CohortView cohort, ChangePreview preview) {
        FitScale scale = FitScale.of(cohort, Layer.PRIMARY);
        return points(preview.moves().stream().mapToInt(m -> scale.percent(m.scoreAfter())
                - (m.scoreBefore() == null ? 0 : scale.percent(m.scoreBefore()))).sum());
    }

    /** A re-match's moved pairs' fit changes added up, in percentage points. */
    public String points(CohortView cohort, RematchPreview preview) {
        FitScale scale = FitScale.of(cohort, Layer.PRIMARY);
        return points(preview.moves().stream().filter(m -> m.toMentor() != null)
                .mapToInt(m -> scale.percent(m.scoreAfter()) - scale.percent(m.scoreBefore())).sum());
    }

    private static String points(int sum) {
        return sum == 0 ? "no change" : (sum > 0 ? "+" : "−") + Math.abs(sum) + (Math.abs(sum) == 1 ? " point" : " points");
    }
}
