package io.mentormatch.core.compare;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.integrity.IntegrityAudit;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

class ModeComparisonTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    @ParameterizedTest(name = "seed {0}")
    @Seeds(4)
    void rowsEqualEachModesOwnResult(long seed) {
        Cohort cohort = new CohortGenerator(seed).generate(40, 20).withWeights(Weights.DEFAULT.withLoadBalance(0));

        ModeComparison.Comparison comparison = ModeComparison.of(cohort, LIMIT);

        assertThat(comparison.modes()).extracting(ModeComparison.ModeOutcome::mode)
                .containsExactly("optimal", "stable", "stable-mentor-optimal", "rank-maximal");
        long optimalTotal = solve(cohort, MatchingMode.OPTIMAL).pairScoreSum();
        for (ModeComparison.ModeOutcome row : comparison.modes()) {
            MatchingResult own = solve(cohort, MatchingMode.parse(row.mode()));
            assertThat(row.matched()).isEqualTo(own.assignments().size());
            assertThat(row.pairScoreTotal()).isEqualTo(own.pairScoreSum());
            assertThat(row.choiceProfile()).isEqualTo(own.choiceProfile());
            assertThat(row.blockingPairs()).isEqualTo(own.blockingPairs());
            assertThat(row.idleMentors()).isEqualTo(idleMentors(cohort, own));
            assertThat(row.priceVsOptimalPercent())
                    .isCloseTo(100.0 * (optimalTotal - own.pairScoreSum()) / optimalTotal, within(0.005));
            assertThat(row.bySpecialty().values().stream().mapToInt(ModeComparison.SpecialtyOutcome::residents).sum())
                    .isEqualTo(cohort.residents().size());
            IntegrityReport.Gaming runsOwn = IntegrityAudit.of(cohort, own).gaming();
            assertThat(row.checkedForMisreports()).isEqualTo(cohort.residents().size()).isEqualTo(runsOwn.residentsChecked());
            assertThat(row.couldGainByMisreport()).isEqualTo(runsOwn.couldGain());
            assertThat(row.misreportUpperBoundPercent()).isNull();
        }
        assertThat(comparison.modes().get(0).priceVsOptimalPercent()).isZero();
        // residents proposing: truth-telling is each resident's best move (Dubins and Freedman; Roth)
        assertThat(comparison.modes().get(1).couldGainByMisreport()).isZero();
    }

    @Test
    void leavesTheMisreportSearchOfALargerCohortToEachRunsReport() {
        Cohort cohort = new CohortGenerator(11).generate(ModeComparison.MISREPORT_CHECK_ALL + 1, 50)
                .withWeights(Weights.DEFAULT.withLoadBalance(0));

        ModeComparison.Comparison comparison = ModeComparison.of(cohort, LIMIT);

        assertThat(comparison.modes()).allSatisfy(row -> {
            assertThat(row.couldGainByMisreport()).isNull();
            assertThat(row.checkedForMisreports()).isNull();
        });
    }

    @Test
    void addsTheLoadBalancedRowWhenTheCohortWeighsLoadBalance() {
        Cohort cohort = new CohortGenerator(9).generate(60, 30).withWeights(Weights.DEFAULT.withLoadBalance(5));

        ModeComparison.Comparison comparison = ModeComparison.of(cohort, LIMIT);

        assertThat(comparison.modes()).extracting(ModeComparison.ModeOutcome::mode)
                .containsExactly("optimal", "stable", "stable-mentor-optimal", "rank-maximal", ModeComparison.LOAD_BALANCED);
        MatchingResult withoutLoadBalance = solve(cohort.withWeights(cohort.weights().withLoadBalance(0)),
                MatchingMode.OPTIMAL);
        ModeComparison.ModeOutcome optimal = comparison.modes().get(0);
        ModeComparison.ModeOutcome balanced = comparison.modes().get(3);
        assertThat(optimal.pairScoreTotal()).isEqualTo(withoutLoadBalance.pairScoreSum());
        assertThat(balanced.matched()).isEqualTo(optimal.matched());
        assertThat(balanced.pairScoreTotal()).isLessThanOrEqualTo(optimal.pairScoreTotal());
        assertThat(balanced.priceVsOptimalPercent()).isNotNegative();
    }

    /**
     * Two cardiology residents want the one cardiologist, who scores them alike; the pediatrics resident gets their
     * 1st choice. One cardiology resident stays unmatched, and a tie is no blocking pair.
     */
    @Test
    void reportsTheOutcomeOfEachSpecialty() {
        Cohort cohort = aCohort().weights(new Weights(10, 0, 0, 8, 0, 0, 0))
                .mentors(aMentor("F1").specialty("Cardiology").capacity(1),
                        aMentor("F2").specialty("Pediatrics").capacity(1),
                        aMentor("F3").specialty("Radiology").capacity(1).notAccepting())
                .residents(aResident("R1").specialty("Cardiology").careerGoal("Cardiology").ranking("F1"),
                        aResident("R2").specialty("Cardiology").careerGoal("Cardiology").ranking("F1")
                                .notOpenToOtherSpecialties(),
                        aResident("R3").specialty("Pediatrics").careerGoal("Pediatrics").ranking("F2"))
                .build();

        ModeComparison.ModeOutcome optimal = ModeComparison.of(cohort, LIMIT).modes().get(0);

        assertThat(optimal.matched()).isEqualTo(2);
        assertThat(optimal.pairScoreTotal()).isEqualTo(360);
        assertThat(optimal.choiceProfile()).containsExactly(2, 2, 0);
        assertThat(optimal.worstRank()).isEqualTo(1);
        assertThat(optimal.blockingPairs()).isZero();
        assertThat(optimal.idleMentors()).isZero();
        assertThat(optimal.bySpecialty()).isEqualTo(Map.of(
                "Cardiology", new ModeComparison.SpecialtyOutcome(2, 180.0, 0.5, 0.5),
                "Pediatrics", new ModeComparison.SpecialtyOutcome(1, 180.0, 1.0, 0.0)));
    }

    private static MatchingResult solve(Cohort cohort, MatchingMode mode) {
        return new MatchingSolver(cohort, new SolveOptions(mode, LIMIT)).solve(SolveProgress.NONE);
    }

    private static int idleMentors(Cohort cohort, MatchingResult result) {
        Set<String> busy = new HashSet<>();
        result.assignments().forEach(a -> busy.add(a.mentor()));
        List<Mentor> idle = cohort.mentors().stream()
                .filter(m -> m.accepting() && m.capacity() > 0 && !busy.contains(m.id().value())).toList();
        return idle.size();
    }
}
