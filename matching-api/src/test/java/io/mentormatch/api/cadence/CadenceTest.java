package io.mentormatch.api.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final Cadence CADENCE = new Cadence(4, 12);
    private static final LocalDate START = LocalDate.of(2026, 7, 1);

    @Test
    void isOnTrackEarlyInTheFirstWindow() {
        PairingHealth health = CADENCE.assess(START, null, START.plusDays(3), List.of());

        assertThat(health.status()).isEqualTo(PairingStatus.ON_TRACK);
        assertThat(health.nextMeetingDue()).isEqualTo(START.plusWeeks(4));
    }

    @Test
    void isDueInTheLastTwoWeeksBeforeTheDate() {
        assertThat(CADENCE.assess(START, null, START.plusWeeks(2), List.of()).status()).isEqualTo(PairingStatus.DUE);
        assertThat(CADENCE.assess(START, START.plusWeeks(2), START.plusWeeks(12), List.of()).status())
                .isEqualTo(PairingStatus.DUE);
    }

    @Test
    void isOverdueAfterTheDateUntilOneAndAHalfCadences() {
        LocalDate met = START.plusWeeks(1);
        assertThat(CADENCE.assess(START, met, met.plusWeeks(12).plusDays(1), List.of()).status())
                .isEqualTo(PairingStatus.OVERDUE);
        assertThat(CADENCE.assess(START, met, met.plusWeeks(18), List.of()).status()).isEqualTo(PairingStatus.OVERDUE);
    }

    @Test
    void isAtRiskAfterOneAndAHalfCadencesWithoutAMeeting() {
        LocalDate met = START.plusWeeks(1);
        PairingHealth health = CADENCE.assess(START, met, met.plusWeeks(18).plusDays(1), List.of());

        assertThat(health.status()).isEqualTo(PairingStatus.AT_RISK);
        assertThat(health.reason()).contains("1.5", "12-week");
    }

    @Test
    void isAtRiskWhenNeverMetAfterTheFirstWindow() {
        PairingHealth health = CADENCE.assess(START, null, START.plusWeeks(4).plusDays(1), List.of());

        assertThat(health.status()).isEqualTo(PairingStatus.AT_RISK);
        assertThat(health.reason()).contains("never met");
    }

    @Test
    void isAtRiskOnAnExternalSignalWhateverTheMeetings() {
        PairingHealth health = CADENCE.assess(START, START.plusDays(2), START.plusDays(3), List.of("poor fit reported"));

        assertThat(health.status()).isEqualTo(PairingStatus.AT_RISK);
        assertThat(health.reason()).isEqualTo("poor fit reported");
    }

    @Test
    void startsTheCadenceAtThePairingsOwnStart() {
        LocalDate laterStart = START.plusMonths(5);

        assertThat(CADENCE.assess(laterStart, null, laterStart.plusDays(1), List.of()).status())
                .isEqualTo(PairingStatus.ON_TRACK);
    }
}
