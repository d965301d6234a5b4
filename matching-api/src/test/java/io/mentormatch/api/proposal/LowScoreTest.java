package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.core.cohort.Weights;

class LowScoreTest {

    @Test
    void putsTheThresholdAtFortyPercentOfTheBestFitOfTheCohortsWeights() {
        CohortEntity cohort = new CohortEntity(1L, "C", Instant.EPOCH);
        cohort.setWeights(new Weights(10, 0, 0, 10, 0, 0, 0));

        // the best fit is 10 × 10 + 10 × 10 = 200; 40 % of it is 80
        assertThat(LowScore.below(cohort)).isEqualTo(80);
    }

    @Test
    void callsOnlyFitsStrictlyBelowFortyPercentLow() {
        assertThat(LowScore.isLow(withFit(39))).isTrue();
        assertThat(LowScore.isLow(withFit(40))).isFalse();
        assertThat(LowScore.isLow(withFit(null))).isFalse();
    }

    private static ProposalView withFit(Integer percent) {
        return new ProposalView(1L, "R1", "Amara", "F1", "Dr. Okafor", ProposalState.PROPOSED, 0, percent, 0,
                java.util.List.of(), false, null, null, false, null, null, 0L, null);
    }
}
