package io.mentormatch.core.solver;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.explain.UnmatchedExplainer;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.planning.CandidateMentors;
import io.mentormatch.core.solver.planning.LocalSearch;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Solves one cohort in the requested mode and explains the result. One instance per run; {@link #cancel()}
 * may be called from another thread and makes {@link #solve} return the best matching found so far.
 * <p>
 * Optimal mode: the exact assignment gives the optimum of the linear part (every pair-score term) and its
 * bound; the cohort's load-balance weight is left out ({@link MatchingMode#cohortFor}), and a cohort of mentoring
 * families ({@link Families}) gets OptaPlanner's local search from there for families that can meet. Optimal
 * load-balanced mode: the same with the load-balance weight, the local search also trading a little pair score for a
 * more even load. Stable modes: deferred acceptance, residents or mentors proposing. Rank-maximal mode: {@link RankMaximal} (load balance plays no
 * part). Every mode's result carries the score as OptaPlanner computes it, the gap to the exact bound, the
 * blocking pairs against the stated preferences, the choice profile and an explanation of every resident.
 */
public final class MatchingSolver {

    /**
     * The local search stops when its best score has not improved for a fifth of its time, but at least this long
     * (or when the time limit is up): load balance rarely improves after a quiet second on a 2,000-resident cohort.
     */
    static final Duration MIN_UNIMPROVED_LIMIT = Duration.ofSeconds(1);

    private final Cohort cohort;
    private final SolveOptions options;
    private final Prepared prepared;
    private volatile boolean cancelled;
    private volatile LocalSearch localSearch;
    private volatile MatchingSolver layerSolver;

    public MatchingSolver(Cohort cohort, SolveOptions options) {
        this(cohort, options, null);
    }

    /**
     * @param prepared the candidate scan and exact assignment of this cohort (whatever its load-balance weight),
     *                 shared by several modes' solves, e.g. a comparison of modes; null to compute them here
     */
    public MatchingSolver(Cohort cohort, SolveOptions options, Prepared prepared) {
        this.cohort = options.mode().cohortFor(cohort);
        this.options = options;
        this.prepared = prepared;
    }

    /**
     * What every mode computes first and does not depend on the mode nor on the load-balance weight: each resident's
     * best mentors (as many as rank-maximal mode starts from) and the exact assignment, whose bound every mode reports.
     */
    public static final class Prepared {

        private final Candidates.Scan[] scans;
        private final ExactAssignment.Result exact;

        private Prepared(Candidates.Scan[] scans, ExactAssignment.Result exact) {
            this.scans = scans;
            this.exact = exact;
        }
    }

    public static Prepared prepare(Cohort cohort) {
        return prepare(PairScorer.of(cohort), RankMaximal.DEFAULT_CANDIDATES);
    }

    private static Prepared prepare(PairScorer scorer, int candidates) {
        Candidates.Scan[] scans = Candidates.scanAll(scorer, candidates);
        ExactAssignment.Result exact = ExactAssignment.solve(scorer,
                Arrays.stream(scans).map(scan -> scan.top(ExactAssignment.DEFAULT_CANDIDATES))
                        .toArray(Candidates.Scan[]::new), Integer.MAX_VALUE);
        return new Prepared(scans, exact);
    }

    public void cancel() {
        cancelled = true;
        LocalSearch search = localSearch;
        if (search != null) {
            search.cancel();
        }
        MatchingSolver layer = layerSolver;
        if (layer != null) {
            layer.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Solves the cohort; with peer mentoring, each layer ({@link PeerLayer}) in turn, in the same mode and with half the
     * time limit each, the peer layer's result beside the primary's. A given {@link Prepared} is then not used.
     */
    public MatchingResult solve(SolveProgress progress) {
        if (cohort.peerMentoring() == null) {
            return solveOneLayer(progress);
        }
        PeerLayer.Split layers = PeerLayer.split(cohort);
        SolveOptions half = new SolveOptions(options.mode(), options.timeLimit().dividedBy(2));
        MatchingResult primary = solveLayer(layers.primary(), half, progress);
        return primary.withPeerLayer(solveLayer(layers.peer(), half, progress));
    }

    private MatchingResult solveLayer(Cohort layer, SolveOptions layerOptions, SolveProgress progress) {
        MatchingSolver solver = new MatchingSolver(layer, layerOptions);
        layerSolver = solver;
        if (cancelled) {
            solver.cancel();
        }
        return solver.solve(progress);
    }

    private MatchingResult solveOneLayer(SolveProgress progress) {
        long start = System.nanoTime();
        PairScorer scorer = PairScorer.of(cohort);
        LocalSearch search = new LocalSearch(scorer);
        localSearch = search;
        if (cancelled) {
            search.cancel();
        }
        // the exact assignment gives every mode its bound; rank-maximal mode shares its candidate scan
        boolean rankMaximal = options.mode() == MatchingMode.RANK_MAXIMAL;
        Prepared shared = prepared != null ? prepared : prepare(scorer,
                rankMaximal ? RankMaximal.DEFAULT_CANDIDATES : ExactAssignment.DEFAULT_CANDIDATES);
        Candidates.Scan[] scans = shared.scans;
        ExactAssignment.Result exact = shared.exact;
        Matching matching;
        if (options.mode().stable()) {
            matching = options.mode() == MatchingMode.STABLE ? StableMatching.solve(scorer)
                    : StableMatching.solveMentorOptimal(scorer);
            progress.bestSoFar("stable matching", search.score(matching).toString(), since(start));
        } else if (rankMaximal) {
            matching = RankMaximal.solve(scorer, scans).matching();
            progress.bestSoFar("rank-maximal", search.score(matching).toString(), since(start));
        } else {
            matching = exact.matching();
            progress.bestSoFar("exact assignment", search.score(matching).toString(), since(start));
            boolean groupTerms = scorer.weights().loadBalance() > 0 || cohort.info().families();
            if (groupTerms && !provablyBest(scorer, exact) && !cancelled && !remaining(start).isNegative()) {
                int[][] candidates = CandidateMentors.of(scorer, matching);
                Duration remaining = remaining(start);
                if (!remaining.isNegative() && !remaining.isZero()) {
                    Consumer<HardMediumSoftScore> onBest =
                            best -> progress.bestSoFar("local search", best.toString(), since(start));
                    Duration unimproved = min(remaining, max(MIN_UNIMPROVED_LIMIT, remaining.dividedBy(5)));
                    matching = options.localSearchSteps() > 0
                            ? search.improve(matching, candidates, remaining, options.localSearchSteps(), onBest)
                            : search.improve(matching, candidates, remaining, unimproved, onBest);
                }
            }
        }
        HardMediumSoftScore score = search.score(matching);
        long sum = matching.pairScoreSum(scorer);
        return new MatchingResult(options.mode().label(), score.toString(), score.isFeasible(),
                new MatchingResult.Bound(exact.upperBound(), gapPercent(sum, exact.upperBound())),
                assignments(scorer, matching), unassigned(scorer, matching),
                BlockingPairs.count(scorer, matching, scans), ChoiceProfile.of(scorer, matching),
                new MatchingResult.Stats(scorer.residentCount(), scorer.mentorCount(), since(start).toMillis()),
                cohort.info().families() ? Families.of(scorer, matching) : null);
    }

    /**
     * Whether no matching can score better than the exact assignment once load balance counts: its pair scores are
     * at their bound and its loads at their least penalty ({@link LoadBalanceBound}); families are not bounded.
     */
    static boolean provablyBest(PairScorer scorer, ExactAssignment.Result exact) {
        return !scorer.cohort().info().families() && exact.optimal()
                && LoadBalanceBound.penalty(scorer, exact.matching())
                == LoadBalanceBound.leastPenalty(scorer, exact.matching().matched());
    }

    static double gapPercent(long achieved, long bound) {
        if (bound <= 0 || achieved >= bound) {
            return 0.0;
        }
        return Math.round(10000.0 * (bound - achieved) / bound) / 100.0;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** What is left of the time limit: the local search gets what the exact phase did not use. */
    private Duration remaining(long startNanos) {
        return options.timeLimit().minus(since(startNanos));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Residents are explained in parallel: at national scale this is 20,000 explanations (the order is kept). */
    private static List<MatchingResult.Assignment> assignments(PairScorer scorer, Matching matching) {
        PairExplainer explainer = new PairExplainer(scorer);
        int[] mentorOf = matching.mentorOf();
        return IntStream.range(0, scorer.residentCount()).parallel()
                .filter(r -> mentorOf[r] != Matching.UNMATCHED)
                .mapToObj(r -> new MatchingResult.Assignment(scorer.resident(r).id().value(),
                        scorer.mentor(mentorOf[r]).id().value(), scorer.score(r, mentorOf[r]),
                        explainer.reasons(r, mentorOf[r])))
                .toList();
    }

    /** Each unmatched resident's reason looks at every mentor, so they are found in parallel too. */
    private static List<MatchingResult.Unassigned> unassigned(PairScorer scorer, Matching matching) {
        UnmatchedExplainer explainer = new UnmatchedExplainer(scorer);
        int[] loads = matching.loads(scorer.mentorCount());
        int[] mentorOf = matching.mentorOf();
        return IntStream.range(0, scorer.residentCount()).parallel()
                .filter(r -> mentorOf[r] == Matching.UNMATCHED)
                .mapToObj(r -> new MatchingResult.Unassigned(scorer.resident(r).id().value(),
                        explainer.reason(r, loads)))
                .toList();
    }
}
