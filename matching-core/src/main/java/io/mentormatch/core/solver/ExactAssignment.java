package io.mentormatch.core.solver;

import java.util.Arrays;

import io.mentormatch.core.scoring.PairScorer;

/**
 * The exact optimum of the linear part of the objective: as many residents matched as capacity allows, then
 * the largest sum of pair scores, honouring every hard rule and pin.
 * <p>
 * The problem is a transportation problem resident → mentor (capacity) with a private "unmatched" outlet per
 * resident. Every real pair earns its score plus a bonus {@code B} large enough that one more matched resident
 * outweighs any difference in pair scores, which makes the two levels of the objective one linear objective.
 * It is solved by successive shortest paths with node potentials ({@link AssignmentFlow}: the Hungarian method, one
 * resident at a time, Dijkstra stopping as soon as the cheapest outlet is settled) on pruned candidate lists, the k
 * best mentors of each resident. Then every compatible pair, pruned or not, is priced against the potentials,
 * which are the LP duals: a pair whose reduced profit is positive joins the lists and the lists are solved
 * again. When no pair is left, the duals are feasible for the whole problem and equal the matching's value,
 * which certifies it optimal (LP duality; the transportation LP has integral optima).
 * <p>
 * A library min-cost flow (JGraphT) serves as the test oracle; on 2,000 × 1,000 it is far slower than this
 * specialised code (see docs/benchmarks.md).
 */
public final class ExactAssignment {

    /**
     * Later rounds repair the previous flow ({@link ArcInsertion}) when the improving pairs number at most one per
     * this many residents, and route afresh otherwise.
     */
    private static final int WARM_START_SHARE = 8;

    /**
     * Below this many residents a round routes afresh whatever it adds: that costs milliseconds, and keeps the choice
     * among equally good matchings what it has always been (a repaired flow reaches the same total, certified, but
     * may settle on another of several tied optima).
     */
    private static final int WARM_START_MIN_RESIDENTS = 10_000;

    /** Candidates per resident in the first round: enough that pricing rarely adds pairs on realistic cohorts. */
    public static final int DEFAULT_CANDIDATES = 24;

    /**
     * @param matching       the optimal matching (pins kept); when not {@code optimal}, the best on the lists
     * @param pairScoreSum   its sum of pair scores
     * @param upperBound     a proven upper bound on the pair-score sum of any feasible matching with at least as
     *                       many residents matched (equal to the sum when {@code optimal})
     * @param optimal        whether pricing over every compatible pair found no improving pair: the matching is
     *                       then the exact optimum with a certificate ({@link #duals})
     * @param duals          the certificate: LP dual prices of the last solve
     * @param pricingRounds  how many times the lists were solved and every pair priced
     */
    public record Result(Matching matching, long pairScoreSum, long upperBound, boolean optimal, Duals duals,
                         int pricingRounds) {
    }

    /**
     * LP dual prices in the units of the bonus objective (pair score + {@code matchBonus} per real pair), feasible
     * for the whole problem whether or not the result is optimal: both non-negative, and
     * {@code residentProfit[r] + mentorPrice[m] >= score(r,m) + matchBonus} for every compatible unpinned pair.
     * Pinned residents have profit 0 and use up mentor seats outside the LP, so the LP's seats are
     * {@code seatsLeft}. Their objective {@code Σ residentProfit + Σ mentorPrice × seatsLeft} bounds every matching
     * of the free residents by weak duality; {@link Result#upperBound} is derived from it and nothing else.
     */
    public record Duals(long matchBonus, long[] residentProfit, long[] mentorPrice, int[] seatsLeft, long objective) {
    }

    private ExactAssignment() {
    }

    public static Result solve(PairScorer scorer) {
        return solve(scorer, DEFAULT_CANDIDATES);
    }

    public static Result solve(PairScorer scorer, int candidatesPerResident) {
        return solve(scorer, candidatesPerResident, Integer.MAX_VALUE);
    }

    /**
     * @param maxRounds how many times at most to solve and price; when pricing still finds improving pairs after
     *                  the last round, the result is the best matching on the lists with a valid, not tight, bound
     */
    public static Result solve(PairScorer scorer, int candidatesPerResident, int maxRounds) {
        return solve(scorer, Candidates.scanAll(scorer, candidatesPerResident), maxRounds);
    }

    /** Starts from candidate lists already scanned, e.g. shared with {@link RankMaximal}. */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans, int maxRounds) {
        return solve(scorer, scans, maxRounds,
                scans.length < WARM_START_MIN_RESIDENTS ? Integer.MAX_VALUE : WARM_START_SHARE);
    }

    /**
     * @param warmStartShare later rounds repair the flow when the improving pairs number at most one per this many
     *                       residents: 0 always repairs, {@link Integer#MAX_VALUE} always routes afresh
     */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans, int maxRounds, int warmStartShare) {
        int[][] mentors = new int[scans.length][];
        int[][] scores = new int[scans.length][];
        int[] cutoff = new int[scans.length];
        int minScore = Integer.MAX_VALUE;
        int maxScore = Integer.MIN_VALUE;
        for (int r = 0; r < scans.length; r++) {
            mentors[r] = scans[r].mentors();
            scores[r] = scans[r].scores();
            // the lists hold the best k: every pruned mentor scores at most the k-th
            int kept = mentors[r].length;
            cutoff[r] = scans[r].compatible() == kept ? Pricing.NONE_PRUNED
                    : kept == 0 ? scans[r].maxScore() : scores[r][kept - 1];
            if (scans[r].compatible() > 0) {
                minScore = Math.min(minScore, scans[r].minScore());
                maxScore = Math.max(maxScore, scans[r].maxScore());
            }
        }
        return solve(scorer, mentors, scores, cutoff, minScore, maxScore, maxRounds, warmStartShare);
    }

    /** Starts from the given pruned candidate lists (mentor indices per resident) and prices out every pair. */
    public static Result solve(PairScorer scorer, int[][] candidateLists) {
        int[][] lists = new int[candidateLists.length][];
        int[][] scores = new int[candidateLists.length][];
        int[] cutoff = new int[candidateLists.length];
        Candidates.Scan[] ranges = Candidates.scanAll(scorer, 0);
        int minScore = Integer.MAX_VALUE;
        int maxScore = Integer.MIN_VALUE;
        for (int r = 0; r < candidateLists.length; r++) {
            int resident = r;
            lists[r] = Arrays.stream(candidateLists[r]).filter(m -> scorer.compatible(resident, m)).distinct().toArray();
            scores[r] = Arrays.stream(lists[r]).map(m -> scorer.score(resident, m)).toArray();
            cutoff[r] = ranges[r].compatible() > lists[r].length ? ranges[r].maxScore() : Pricing.NONE_PRUNED;
            if (ranges[r].compatible() > 0) {
                minScore = Math.min(minScore, ranges[r].minScore());
                maxScore = Math.max(maxScore, ranges[r].maxScore());
            }
        }
        return solve(scorer, lists, scores, cutoff, minScore, maxScore, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * @param cutoff per resident, an upper bound on the pair score of every compatible mentor missing from its
     *               list, or {@link Pricing#NONE_PRUNED}: pricing then skips mentors whose price alone rules them out
     */
    private static Result solve(PairScorer scorer, int[][] mentors, int[][] scores, int[] cutoff, int minScore,
                                int maxScore, int maxRounds, int warmStartShare) {
        if (scorer.mentorCount() >= ScalarCosts.MAX_MENTORS) {
            throw new IllegalArgumentException("at most " + ScalarCosts.MAX_MENTORS + " mentors, got " + scorer.mentorCount());
        }
        int residents = scorer.residentCount();
        int free = 0;
        for (int r = 0; r < residents; r++) {
            if (scorer.pinnedMentor(r) < 0) {
                free++;
            }
        }
        long bonus = matchBonus(free, minScore, maxScore);
        int rounds = 0;
        AssignmentFlow<ScalarCosts> flow = null;
        while (true) {
            rounds++;
            if (flow == null) {
                flow = route(scorer, mentors, scores, bonus);
            }
            Pricing pricing = Pricing.of(scorer, flow, cutoff);
            if (pricing.violations == 0 || rounds >= maxRounds) {
                return result(scorer, flow, bonus, pricing, rounds);
            }
            // a few improving pairs: each one repairs the flow with one search; many: routing afresh is cheaper
            ArcInsertion warm = pricing.violations * warmStartShare <= residents ? new ArcInsertion(flow) : null;
            for (int r = 0; r < residents; r++) {
                int[] extra = pricing.improving[r];
                if (extra == null) {
                    continue;
                }
                int[] extraScores = new int[extra.length];
                for (int i = 0; i < extra.length; i++) {
                    extraScores[i] = scorer.score(r, extra[i]);
                }
                scores[r] = concat(scores[r], extraScores);
                if (warm == null) {
                    mentors[r] = concat(mentors[r], extra);
                } else {
                    // the repair appends to the flow's lists, which are these
                    for (int i = 0; i < extra.length; i++) {
                        warm.add(r, extra[i], extraScores[i] + bonus);
                    }
                }
            }
            if (warm == null) {
                flow = null;
            }
        }
    }

    private static int[] concat(int[] list, int[] extra) {
        int[] grown = Arrays.copyOf(list, list.length + extra.length);
        System.arraycopy(extra, 0, grown, list.length, extra.length);
        return grown;
    }

    /**
     * The per-pair bonus that makes "more residents matched" lexicographically first: a matching with k + 1 pairs
     * scores at least (k + 1) × minScore, one with k pairs at most k × maxScore, so any bonus above
     * k × maxScore − (k + 1) × minScore for every k below the number of residents will do.
     */
    static long matchBonus(int residents, int minScore, int maxScore) {
        if (minScore > maxScore) {
            return 1;
        }
        return (residents + 1L) * (Math.max(0, maxScore) + Math.max(0, -minScore)) + 1;
    }

    /** Routes the unpinned residents on the lists, each real pair earning its score plus the bonus. */
    private static AssignmentFlow<ScalarCosts> route(PairScorer scorer, int[][] mentors, int[][] scores, long bonus) {
        int residents = scorer.residentCount();
        long[][] profit = new long[residents][];
        boolean[] pinned = new boolean[residents];
        for (int r = 0; r < residents; r++) {
            profit[r] = new long[scores[r].length];
            for (int i = 0; i < profit[r].length; i++) {
                profit[r][i] = scores[r][i] + bonus;
            }
            pinned[r] = scorer.pinnedMentor(r) >= 0;
        }
        return new AssignmentFlow<>(mentors, new ScalarCosts(profit, bonus, scorer.mentorCount()), Seats.seatsLeft(scorer),
                pinned).run();
    }

    private static Result result(PairScorer scorer, AssignmentFlow<ScalarCosts> flow, long bonus, Pricing pricing, int rounds) {
        int residents = scorer.residentCount();
        int[] mentorOfAll = flow.mentorOf().clone();
        for (int r = 0; r < residents; r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                mentorOfAll[r] = scorer.pinnedMentor(r);
            }
        }
        Matching matching = new Matching(mentorOfAll);
        long sum = matching.pairScoreSum(scorer);
        int matchedFree = 0;
        long pinnedSum = 0;
        for (int r = 0; r < residents; r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                pinnedSum += scorer.score(r, mentorOfAll[r]);
            } else if (flow.mentorOf()[r] != Matching.UNMATCHED) {
                matchedFree++;
            }
        }
        // Weak LP duality: any matching of the free residents earns at most the dual objective in bonus units;
        // one with at least matchedFree pairs therefore scores at most that minus matchedFree bonuses.
        long bound = pricing.dualObjective[0] - bonus * matchedFree + pinnedSum;
        long[] prices = new long[scorer.mentorCount()];
        int[] seats = new int[prices.length];
        for (int m = 0; m < prices.length; m++) {
            prices[m] = flow.costs.mentorPrice(m);
            seats[m] = flow.seats.cap[m];
        }
        return new Result(matching, sum, bound, pricing.violations == 0,
                new Duals(bonus, pricing.residentProfit, prices, seats, pricing.dualObjective[0]), rounds);
    }
}
