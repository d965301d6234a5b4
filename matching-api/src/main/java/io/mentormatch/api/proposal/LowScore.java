package io.mentormatch.api.proposal;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.core.cohort.Layer;

/**
 * The one definition of a low pair score: a fit below {@value FitScale#LOW_FIT_PERCENT} % of the best possible
 * under the cohort's weights ({@link FitScale}). A fixed share rather than one of the cohort's average, so that the
 * threshold stays put when a pairing changes. The review page marks and filters by it, and the API's LOW_SCORE
 * filter uses it unless the client names a threshold.
 */
public final class LowScore {

    private LowScore() {
    }

    /** The pair-score threshold of the cohort's faculty layer: a score strictly below it is low. */
    public static int below(CohortEntity cohort) {
        return FitScale.of(cohort, Layer.PRIMARY).lowScoreBelow();
    }

    /** Whether the pairing's fit is low: its fit percentage is below {@link FitScale#LOW_FIT_PERCENT}. */
    public static boolean isLow(ProposalView pairing) {
        return pairing.fitPercent() != null && pairing.fitPercent() < FitScale.LOW_FIT_PERCENT;
    }
}
