package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class MatchingSolverTest {

    private static final SolveOptions OPTIMAL = new SolveOptions(MatchingMode.OPTIMAL, Duration.ofSeconds(3));
    private static final SolveOptions LOAD_BALANCED = new SolveOptions(MatchingMode.OPTIMAL_LOAD_BALANCED,
            Duration.ofSeconds(3));

    @Test
    void returnsTheExactAssignmentWhenLoadBalanceIsIgnored() {
        Cohort cohort = new CohortGenerator(1).generate(80, 40).withWeights(Weights.DEFAULT.withLoadBalance(0));
        PairScorer scorer = PairScorer.of(cohort);
        ExactAssignment.Result exact = ExactAssignment.solve(scorer);

        MatchingResult result = new MatchingSolver(cohort, OPTIMAL).solve(SolveProgress.NONE);

        assertThat(matching(scorer, result).mentorOf()).containsExactly(exact.matching().mentorOf());
        assertThat(result.pairScoreSum()).isEqualTo(exact.pairScoreSum());
        assertThat(result.score()).isEqualTo("0hard/" + -result.unassigned().size() + "medium/" + exact.pairScoreSum() + "soft");
    }

    @Test
    void optimalModeIgnoresTheLoadBalanceWeightWhereLoadBalancedModeWeighsIt() {
        Cohort cohort = new CohortGenerator(2).generate(150, 80).withWeights(Weights.DEFAULT.withLoadBalance(5));
        PairScorer scorer = PairScorer.of(cohort);
        ExactAssignment.Result exact = ExactAssignment.solve(scorer);
        List<String> phases = new ArrayList<>();

        MatchingResult optimal = new MatchingSolver(cohort, OPTIMAL).solve((phase, best, elapsed) -> phases.add(phase));
        List<String> balancedPhases = new ArrayList<>();
        MatchingResult balanced = new MatchingSolver(cohort, LOAD_BALANCED)
                .solve((phase, best, elapsed) -> balancedPhases.add(phase));

        assertThat(optimal.mode()).isEqualTo("optimal");
        assertThat(matching(scorer, optimal).mentorOf()).containsExactly(exact.matching().mentorOf());
        assertThat(soft(optimal.score())).as("no load penalty in the score").isEqualTo(optimal.pairScoreSum());
        assertThat(phases).doesNotContain("local search");
        assertThat(balanced.mode()).isEqualTo("optimal-load-balanced");
        assertThat(soft(balanced.score())).isLessThan(balanced.pairScoreSum());
        assertThat(balancedPhases).contains("local search");
        assertThat(soft(balanced.score()))
                .isGreaterThanOrEqualTo(exact.pairScoreSum() - 5L * sharedPairs(exact.matching(), scorer));
    }

    @Test
    void spreadsMenteesOverMentorsWhenPairScoresTie() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").capacity(3), aMentor("F2").capacity(3), aMentor("F3").capacity(3),
                        aMentor("F4").capacity(3), aMentor("F5").capacity(3), aMentor("F6").capacity(3))
                .residents(aResident("R1"), aResident("R2"), aResident("R3"), aResident("R4"), aResident("R5"),
                        aResident("R6"))
                .build();
        PairScorer scorer = PairScorer.of(cohort);

        MatchingResult result = new MatchingSolver(cohort, LOAD_BALANCED).solve(SolveProgress.NONE);

        assertThat(matching(scorer, result).loads(6)).containsOnly(1);
        assertThat(result.score()).isEqualTo("0hard/0medium/0soft");
    }

    @Test
    void improvesOnTheExactAssignmentOnceLoadCounts() {
        Cohort cohort = new CohortGenerator(2).generate(150, 80).withWeights(Weights.DEFAULT.withLoadBalance(5));
        PairScorer scorer = PairScorer.of(cohort);
        Matching exact = ExactAssignment.solve(scorer).matching();
        List<String> phases = new ArrayList<>();
        // a number of steps, not a time: the search goes as far on a busy machine as on a quiet one
        SolveOptions steps = new SolveOptions(MatchingMode.OPTIMAL_LOAD_BALANCED, Duration.ofMinutes(10), 2_000);

        MatchingResult result = new MatchingSolver(cohort, steps).solve((phase, best, elapsed) -> phases.add(phase));
        Matching balanced = matching(scorer, result);

        assertThat(result.feasible()).isTrue();
        assertThat(balanced.matched()).isEqualTo(exact.matched());
        assertThat(result.bound().gapPercent()).isLessThanOrEqualTo(1.0);
        assertThat(soft(result.score())).isGreaterThan(exact.pairScoreSum(scorer) - 5L * sharedPairs(exact, scorer));
        assertThat(soft(result.score())).isEqualTo(result.pairScoreSum() - 5L * sharedPairs(balanced, scorer));
        assertThat(phases).startsWith("exact assignment").contains("local search");
    }

    @Test
    void skipsTheLocalSearchOnlyWhenTheExactAssignmentIsProvablyBestWithLoadBalance() {
        Cohort spread = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").capacity(2), aMentor("F2").capacity(2), aMentor("F3").capacity(2))
                .residents(aResident("R1").ranking("F1"), aResident("R2").ranking("F2"), aResident("R3").ranking("F3"))
                .build();
        Cohort crowded = new CohortGenerator(2).generate(150, 80).withWeights(Weights.DEFAULT.withLoadBalance(5));

        assertThat(MatchingSolver.provablyBest(PairScorer.of(spread), ExactAssignment.solve(PairScorer.of(spread))))
                .isTrue();
        assertThat(MatchingSolver.provablyBest(PairScorer.of(crowded), ExactAssignment.solve(PairScorer.of(crowded))))
                .isFalse();
    }

    @Test
    void keepsPinnedPairs() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").capacity(1).specialty("Cardiology"), aMentor("F2").capacity(2))
                .residents(aResident("R1").careerGoal("Cardiology").ranking("F1"), aResident("R2").ranking("F2"),
                        aResident("R3"))
                .pinned("R2", "F1")
                .build();

        MatchingResult result = new MatchingSolver(cohort, OPTIMAL).solve(SolveProgress.NONE);

        assertThat(result.assignments()).anySatisfy(a -> {
            assertThat(a.resident()).isEqualTo("R2");
            assertThat(a.mentor()).isEqualTo("F1");
        });
        assertThat(result.feasible()).isTrue();
    }

    @Test
    void explainsEveryAssignmentAndEveryUnmatchedResident() {
        Cohort cohort = aCohort().weights(Weights.DEFAULT)
                .mentors(aMentor("F1").capacity(1), aMentor("F2").capacity(1))
                .residents(aResident("R1").ranking("F1"), aResident("R2"), aResident("R3"),
                        aResident("R4").avoiding("F1", "F2"))
                .build();

        MatchingResult result = new MatchingSolver(cohort, OPTIMAL).solve(SolveProgress.NONE);

        assertThat(result.assignments()).hasSize(2).allSatisfy(a -> assertThat(a.reasons()).isNotEmpty());
        assertThat(result.unassigned()).extracting(MatchingResult.Unassigned::reason).containsExactlyInAnyOrder(
                "every compatible mentor is full (2 compatible mentors)",
                "no compatible mentor: for 2 of 2 mentors, the resident asked not to be paired with this mentor");
        assertThat(result.score()).startsWith("0hard/-2medium/");
    }

    @Test
    void skipsTheLocalSearchWhenCancelledBeforeItStarts() {
        Cohort cohort = new CohortGenerator(3).generate(60, 30).withWeights(Weights.DEFAULT.withLoadBalance(10));
        PairScorer scorer = PairScorer.of(cohort);
        MatchingSolver solver = new MatchingSolver(cohort, LOAD_BALANCED);
        solver.cancel();

        MatchingResult result = solver.solve(SolveProgress.NONE);

        assertThat(solver.isCancelled()).isTrue();
        assertThat(matching(scorer, result).mentorOf()).containsExactly(ExactAssignment.solve(scorer).matching().mentorOf());
    }

    @Test
    void reportsStableModeWithItsBlockingPairs() {
        Cohort cohort = new CohortGenerator(4).generate(40, 20).withWeights(Weights.DEFAULT);
        PairScorer scorer = PairScorer.of(cohort);

        MatchingResult result = new MatchingSolver(cohort, SolveOptions.stable()).solve(SolveProgress.NONE);

        assertThat(result.mode()).isEqualTo("stable");
        assertThat(result.blockingPairs()).isEqualTo(BlockingPairs.count(scorer, StableMatching.solve(scorer)));
        assertThat(result.pairScoreSum()).isEqualTo(StableMatching.solve(scorer).pairScoreSum(scorer));
    }

    @Test
    void solvesInRankMaximalModeWithItsChoiceProfile() {
        Cohort cohort = new CohortGenerator(5).generate(60, 30).withWeights(Weights.DEFAULT);
        PairScorer scorer = PairScorer.of(cohort);
        Matching rankMaximal = RankMaximal.solve(scorer).matching();
        List<String> phases = new ArrayList<>();

        MatchingResult result = new MatchingSolver(cohort, new SolveOptions(MatchingMode.RANK_MAXIMAL,
                Duration.ofSeconds(3))).solve((phase, best, elapsed) -> phases.add(phase));

        assertThat(result.mode()).isEqualTo("rank-maximal");
        assertThat(matching(scorer, result).mentorOf()).containsExactly(rankMaximal.mentorOf());
        assertThat(result.choiceProfile()).isEqualTo(ChoiceProfile.of(scorer, rankMaximal));
        assertThat(result.blockingPairs()).isEqualTo(BlockingPairs.count(scorer, rankMaximal));
        assertThat(result.bound().pairScoreUpperBound()).isEqualTo(ExactAssignment.solve(scorer).upperBound());
        assertThat(phases).containsExactly("rank-maximal");
    }

    private static Matching matching(PairScorer scorer, MatchingResult result) {
        Matching matching = Matching.empty(scorer.residentCount());
        result.assignments().forEach(a -> matching.mentorOf()[scorer.residentIndex(ResidentId.of(a.resident()))] =
                scorer.mentorIndex(MentorId.of(a.mentor())));
        return matching;
    }

    /** Pairs of mentees who share a mentor: what the load-balance rule counts. */
    private static long sharedPairs(Matching matching, PairScorer scorer) {
        long pairs = 0;
        for (int load : matching.loads(scorer.mentorCount())) {
            pairs += (long) load * (load - 1) / 2;
        }
        return pairs;
    }

    private static long soft(String score) {
        return Long.parseLong(score.substring(score.lastIndexOf('/') + 1, score.length() - "soft".length()));
    }
}
