package io.mentormatch.core.integrity;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/** Issue 20: the integrity report of a run, against what people said. */
class IntegrityAuditTest {

    /**
     * Amara and Ben both rank Dr. Xu then Dr. Yang; Dr. Xu names Ben. The best total gives Ben Dr. Xu (the named
     * pair adds a little) and Amara her 2nd choice. Had Amara ranked only Dr. Xu, giving her Dr. Xu and Ben Dr. Yang
     * would be the better total (Ben's 2nd choice outweighs Dr. Xu's naming Ben), so in optimal mode she gains by
     * misreporting; in resident-proposing stable mode she cannot (Dr. Xu prefers Ben whatever Amara says).
     */
    static Cohort amaraCanGameTheBestTotal() {
        return aCohort().weights(new Weights(0, 0, 0, 10, 1, 0, 0))
                .mentors(aMentor("XU").capacity(1).preferring("BEN"), aMentor("YANG").capacity(1))
                .residents(aResident("AMARA").ranking("XU", "YANG"), aResident("BEN").ranking("XU", "YANG"))
                .build();
    }

    @Test
    void findsTheResidentWhoGainsByMisreportingInOptimalMode() {
        Cohort cohort = amaraCanGameTheBestTotal();

        IntegrityReport report = IntegrityAudit.of(cohort, solve(cohort, MatchingMode.OPTIMAL));

        assertThat(report.gaming().couldGain()).isEqualTo(1);
        assertThat(report.gaming().residentsChecked()).isEqualTo(2);
        assertThat(report.gaming().examples()).singleElement().asString()
                .contains("AMARA").contains("1st choice").contains("instead of").contains("2nd choice");
    }

    @Test
    void findsNobodyWhoGainsInResidentProposingStableMode() {
        Cohort cohort = amaraCanGameTheBestTotal();

        IntegrityReport report = IntegrityAudit.of(cohort, solve(cohort, MatchingMode.STABLE));

        assertThat(report.gaming().couldGain()).isZero();
        assertThat(report.gaming().summary()).contains("guaranteed");
        assertThat(report.complaints().count()).isZero();
        assertThat(report.complaints().summary()).contains("guaranteed");
    }

    /** Truthful ranking is a resident's best move under resident-proposing deferred acceptance: checked empirically. */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(4)
    void confirmsThatNoResidentGainsInStableModeOnGeneratedCohorts(long seed) {
        Cohort cohort = new CohortGenerator(new SplittableRandom(seed).nextLong()).generate(60, 25);

        IntegrityReport report = IntegrityAudit.of(cohort, solve(cohort, MatchingMode.STABLE));

        assertThat(report.gaming().residentsChecked()).isEqualTo(60);
        assertThat(report.gaming().couldGain()).isZero();
        assertThat(report.complaints().count()).isZero();
    }

    /** Dr. A names R0, who ranks Dr. A first; the best total gives Dr. A to R1 instead: one complaint, in words. */
    @Test
    void putsEachJustifiedComplaintInWordsWithNames() {
        Cohort cohort = aCohort().weights(new Weights(0, 0, 0, 10, 3, 0, 0))
                .mentors(aMentor("A").capacity(1).preferring("R0"), aMentor("B").capacity(1))
                .residents(aResident("R0").ranking("A", "B"), aResident("R1").ranking("A"))
                .build();
        MatchingResult optimal = solve(cohort, MatchingMode.OPTIMAL);

        IntegrityReport report = IntegrityAudit.of(cohort, optimal);

        assertThat(report.complaints().count()).isEqualTo(optimal.blockingPairs()).isEqualTo(1);
        assertThat(report.complaints().examples()).singleElement().asString()
                .contains("Mentor A was Resident R0's 1st choice")
                .contains("listed Resident R0 above Resident R1, who got the seat")
                .contains("(2nd choice)");
        assertThat(report.whyNotHigher()).singleElement().satisfies(why -> {
            assertThat(why.resident()).isEqualTo("R0");
            assertThat(why.reasons()).singleElement().asString().contains("the mode's trade-off");
        });
    }

    /** R0's mentor declines: R0 can only take R1's seat, and R1 the free seat at Dr. C: one other moves. */
    @Test
    void measuresTheFewestOthersMovedAfterADecline() {
        Cohort cohort = aCohort().weights(new Weights(0, 0, 0, 10, 0, 0, 0))
                .mentors(aMentor("A").capacity(1), aMentor("B").capacity(1), aMentor("C").capacity(1))
                .residents(aResident("R0").ranking("A", "B").avoiding("C"), aResident("R1").ranking("B", "C"))
                .build();

        IntegrityReport report = IntegrityAudit.of(cohort, solve(cohort, MatchingMode.STABLE));

        assertThat(report.fragility().pairings()).isEqualTo(2);
        assertThat(report.fragility().maxOthersMoved()).isEqualTo(1);
        assertThat(report.fragility().byOthersMoved()).containsExactly(1, 1);
        assertThat(report.fragility().summary()).startsWith("Any single decline is repaired by moving at most 1 other");
    }

    /** When the search's time runs out, the report says how many were checked and bounds the rest. */
    @Test
    void statesTheResidentsCheckedWhenTheTimeRunsOut() {
        Cohort cohort = amaraCanGameTheBestTotal();
        MatchingResult optimal = solve(cohort, MatchingMode.OPTIMAL);
        io.mentormatch.core.scoring.PairScorer scorer = io.mentormatch.core.scoring.PairScorer.of(cohort);
        int[] mentorOf = {1, 0};

        IntegrityReport.Gaming gaming = GamingSearch.run(MatchingMode.OPTIMAL, scorer, mentorOf, Duration.ZERO);

        assertThat(optimal.assignments()).hasSize(2);
        assertThat(gaming.residentsChecked()).isEqualTo(1);
        assertThat(gaming.upperBoundPercent()).isNotNull();
        assertThat(gaming.summary()).contains("1 of 2 residents checked, chosen at random");
    }

    @Test
    void boundsTheShareOfASampleAt95Percent() {
        assertThat(GamingSearch.upperBound95(0, 300)).isBetween(0.0099, 0.0100);
        assertThat(GamingSearch.upperBound95(3, 300)).isBetween(0.025, 0.027);
    }

    private static MatchingResult solve(Cohort cohort, MatchingMode mode) {
        return new MatchingSolver(cohort, new SolveOptions(mode, Duration.ofSeconds(2))).solve(SolveProgress.NONE);
    }
}
