package io.mentormatch.core.solver.planning;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * OptaPlanner over the matching model: scores a matching exactly as the solver would, and improves a matching
 * by local search (change and swap moves over each resident's candidate mentors, late acceptance) until a time
 * limit, an unimproved-time limit or {@link #cancel()}.
 */
public final class LocalSearch {

    private final PairScorer scorer;
    private final SolutionManager<MatchingPlan, HardMediumSoftScore> scoring =
            SolutionManager.create(SolverFactory.create(config(new TerminationConfig(), null)));
    private volatile Solver<MatchingPlan> running;
    private volatile boolean cancelled;

    public LocalSearch(PairScorer scorer) {
        this.scorer = scorer;
    }

    /** The score OptaPlanner gives this matching. */
    public HardMediumSoftScore score(Matching matching) {
        return scoring.update(MatchingPlan.of(scorer, matching, new int[scorer.residentCount()][0]));
    }

    /** The matching's score rule by rule, each match in the words of the explanations; rules are by name. */
    public List<RuleScore> explain(Matching matching) {
        ScoreExplanation<MatchingPlan, HardMediumSoftScore> explanation =
                scoring.explain(MatchingPlan.of(scorer, matching, new int[scorer.residentCount()][0]));
        return explanation.getConstraintMatchTotalMap().values().stream()
                .map(total -> new RuleScore(total.getConstraintName(), total.getScore().toString(),
                        total.getConstraintMatchSet().stream()
                                .map(match -> match.<MatchJustification>getJustification().text())
                                .sorted()
                                .toList()))
                .sorted(Comparator.comparing(RuleScore::rule))
                .toList();
    }

    /**
     * @param start     a feasible matching to improve; the local search never returns a worse one
     * @param onBest    told of each new best score
     */
    public Matching improve(Matching start, int[][] candidates, Duration timeLimit, Duration unimprovedLimit,
                            Consumer<HardMediumSoftScore> onBest) {
        return improve(start, candidates, config(new TerminationConfig()
                .withMillisecondsSpentLimit(Math.max(1, timeLimit.toMillis()))
                .withUnimprovedMillisecondsSpentLimit(Math.max(1, unimprovedLimit.toMillis())), null), onBest);
    }

    /**
     * The same search stopped after a number of steps instead of a time (or at the time limit, if that comes
     * first): with OptaPlanner's fixed random seed it takes the same steps on any machine, however busy.
     */
    public Matching improve(Matching start, int[][] candidates, Duration timeLimit, int steps,
                            Consumer<HardMediumSoftScore> onBest) {
        // OptaPlanner counts steps per phase: the step limit ends the phase, the time limit the solver
        return improve(start, candidates, config(new TerminationConfig()
                .withMillisecondsSpentLimit(Math.max(1, timeLimit.toMillis())),
                new TerminationConfig().withStepCountLimit(steps)), onBest);
    }

    private Matching improve(Matching start, int[][] candidates, SolverConfig config,
                             Consumer<HardMediumSoftScore> onBest) {
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(config).buildSolver();
        solver.addEventListener(event -> {
            onBest.accept((HardMediumSoftScore) event.getNewBestScore());
            if (cancelled) {
                solver.terminateEarly();
            }
        });
        running = solver;
        if (cancelled) {
            return start;
        }
        try {
            return solver.solve(MatchingPlan.of(scorer, start, candidates)).toMatching();
        } finally {
            running = null;
        }
    }

    /** Stops a running {@link #improve}, which then returns its best matching so far. */
    public void cancel() {
        cancelled = true;
        Solver<MatchingPlan> solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /** @param phaseTermination what ends the local search phase, or null: only the solver's termination */
    private static SolverConfig config(TerminationConfig termination, TerminationConfig phaseTermination) {
        return new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(ResidentAssignment.class)
                .withConstraintProviderClass(MatchingConstraints.class)
                .withTerminationConfig(termination)
                .withPhases(new LocalSearchPhaseConfig()
                        .withTerminationConfig(phaseTermination)
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }
}
