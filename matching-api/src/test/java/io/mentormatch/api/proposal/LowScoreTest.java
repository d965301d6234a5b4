package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LowScoreTest {

    @Test
    void putsTheThresholdAtThreeQuartersOfTheAverage() {
        assertThat(LowScore.below(List.of(100, 60))).isEqualTo(60);
        assertThat(LowScore.below(50.0)).isEqualTo(38);
        assertThat(LowScore.below(List.of())).isZero();
    }

    @Test
    void callsOnlyScoresStrictlyBelowTheThresholdLow() {
        assertThat(LowScore.isLow(59, 60)).isTrue();
        assertThat(LowScore.isLow(60, 60)).isFalse();
    }
}
