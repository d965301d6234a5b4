package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.util.TopK;

/**
 * The exact optimum of the linear part of the objective: as many residents matched as capacity allows, then
 * the largest sum of pair scores, honouring every hard rule and pin.
 * <p>
 * The problem is a transportation problem resident → mentor (capacity) with a private "unmatched" outlet per
 * resident. Every real pair earns its score plus a bonus {@code B} large enough that one more matched resident
 * outweighs any difference in pair scores, which makes the two levels of the objective one linear objective.
 * It is solved by successive shortest paths with node potentials (the Hungarian method, one resident at a
 * time, Dijkstra stopping as soon as the cheapest outlet is settled) on pruned candidate lists, the k best
 * mentors of each resident. Then every compatible pair, pruned or not, is priced against the potentials,
 * which are the LP duals: a pair whose reduced profit is positive joins the lists and the lists are solved
 * again. When no pair is left, the duals are feasible for the whole problem and equal the matching's value,
 * which certifies it optimal (LP duality; the transportation LP has integral optima).
 * <p>
 * A library min-cost flow (JGraphT) serves as the test oracle; on 2,000 × 1,000 it is far slower than this
 * specialised code (see docs/benchmarks.md).
 */
public final class ExactAssignment {

    private static final int NONE_PRUNED = Integer.MIN_VALUE;
    /** Pricing packs a mentor index into the low 24 bits of a sort key. */
    private static final int MAX_MENTORS = 1 << 24;

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
     * LP dual prices in the units of the bonus objective (pair score + {@code matchBonus} per real pair):
     * both non-negative, {@code residentProfit[r] + mentorPrice[m] >= score(r,m) + matchBonus} for every compatible
     * unpinned pair when the result is optimal (for its candidate pairs otherwise). Pinned residents have profit 0
     * and use up mentor capacity outside the LP.
     */
    public record Duals(long matchBonus, long[] residentProfit, long[] mentorPrice) {
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
            cutoff[r] = scans[r].compatible() == kept ? NONE_PRUNED
                    : kept == 0 ? scans[r].maxScore() : scores[r][kept - 1];
            if (scans[r].compatible() > 0) {
                minScore = Math.min(minScore, scans[r].minScore());
                maxScore = Math.max(maxScore, scans[r].maxScore());
            }
        }
        return solve(scorer, mentors, scores, cutoff, minScore, maxScore, maxRounds);
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
            cutoff[r] = ranges[r].compatible() > lists[r].length ? ranges[r].maxScore() : NONE_PRUNED;
            if (ranges[r].compatible() > 0) {
                minScore = Math.min(minScore, ranges[r].minScore());
                maxScore = Math.max(maxScore, ranges[r].maxScore());
            }
        }
        return solve(scorer, lists, scores, cutoff, minScore, maxScore, Integer.MAX_VALUE);
    }

    /**
     * @param cutoff per resident, an upper bound on the pair score of every compatible mentor missing from its
     *               list, or {@link #NONE_PRUNED}: pricing then skips mentors whose price alone rules them out
     */
    private static Result solve(PairScorer scorer, int[][] mentors, int[][] scores, int[] cutoff, int minScore,
                                int maxScore, int maxRounds) {
        if (scorer.mentorCount() >= MAX_MENTORS) {
            throw new IllegalArgumentException("at most " + MAX_MENTORS + " mentors, got " + scorer.mentorCount());
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
        while (true) {
            rounds++;
            Flow flow = new Flow(scorer, mentors, scores, bonus);
            flow.run();
            Pricing pricing = Pricing.of(scorer, flow, cutoff);
            if (pricing.violations == 0 || rounds >= maxRounds) {
                return flow.result(pricing, rounds);
            }
            for (int r = 0; r < residents; r++) {
                int[] extra = pricing.improving[r];
                if (extra != null) {
                    int[] grown = Arrays.copyOf(mentors[r], mentors[r].length + extra.length);
                    int[] grownScores = Arrays.copyOf(scores[r], grown.length);
                    for (int i = 0; i < extra.length; i++) {
                        grown[mentors[r].length + i] = extra[i];
                        grownScores[mentors[r].length + i] = scorer.score(r, extra[i]);
                    }
                    mentors[r] = grown;
                    scores[r] = grownScores;
                }
            }
        }
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

    /**
     * Successive shortest paths for one set of candidate lists. Nodes: residents 0..R-1, mentors R..R+M-1 and an
     * implicit sink with potential 0. Arc costs are negated profits; potentials keep every residual arc's reduced
     * cost non-negative, so each search is a Dijkstra.
     */
    private static final class Flow {

        private final PairScorer scorer;
        private final int[][] mentors;
        private final int[][] scores;
        private final long bonus;
        private final int residents;
        private final int mentorCount;
        private final long[] potential;
        private final int[] mentorOf;
        /** The index in the resident's candidate list of its current mentor. */
        private final int[] assignedEdge;
        private final int[] cap;
        private final int[] load;
        private final int[] slotStart;
        private final int[] slot;

        private final long[] dist;
        private final int[] seen;
        private final int[] pred;
        /** For a mentor node: the index, in its predecessor's candidate list, of the arc that reached it. */
        private final int[] predEdge;
        private final int[] settled;
        private int settledCount;
        private int stamp;
        private long[] heapKey = new long[1024];
        private int[] heapNode = new int[1024];
        private int heapSize;

        Flow(PairScorer scorer, int[][] mentors, int[][] scores, long bonus) {
            this.scorer = scorer;
            this.mentors = mentors;
            this.scores = scores;
            this.bonus = bonus;
            residents = scorer.residentCount();
            mentorCount = scorer.mentorCount();
            int nodes = residents + mentorCount;
            potential = new long[nodes];
            mentorOf = new int[residents];
            Arrays.fill(mentorOf, Matching.UNMATCHED);
            assignedEdge = new int[residents];
            cap = new int[mentorCount];
            load = new int[mentorCount];
            for (int m = 0; m < mentorCount; m++) {
                cap[m] = scorer.capacity(m);
            }
            for (int r = 0; r < residents; r++) {
                if (scorer.pinnedMentor(r) >= 0) {
                    cap[scorer.pinnedMentor(r)]--;
                }
            }
            slotStart = new int[mentorCount + 1];
            for (int m = 0; m < mentorCount; m++) {
                cap[m] = Math.max(0, cap[m]);
                slotStart[m + 1] = slotStart[m] + cap[m];
            }
            slot = new int[slotStart[mentorCount]];
            dist = new long[nodes];
            seen = new int[nodes];
            pred = new int[nodes];
            predEdge = new int[nodes];
            settled = new int[nodes];
        }

        void run() {
            for (int r = 0; r < residents; r++) {
                if (scorer.pinnedMentor(r) < 0) {
                    place(r);
                }
            }
        }

        private long profit(int r, int i) {
            return scores[r][i] + bonus;
        }

        /** Routes resident s by the cheapest augmenting path: a mentor's free seat, or someone's unmatched outlet. */
        private void place(int s) {
            long start = 0;
            for (int i = 0; i < mentors[s].length; i++) {
                start = Math.max(start, potential[residents + mentors[s][i]] + profit(s, i));
            }
            potential[s] = start;
            stamp++;
            settledCount = 0;
            heapSize = 0;
            visit(s, 0, -1, -1);
            long best = potential[s];
            int end = s;
            while (heapSize > 0) {
                long d = heapKey[0];
                int node = heapNode[0];
                pop();
                if (d >= best) {
                    break;
                }
                if (d > dist[node]) {
                    continue;
                }
                settled[settledCount++] = node;
                if (node < residents) {
                    if (node != s && d + potential[node] < best) {
                        best = d + potential[node];
                        end = node;
                    }
                    int[] list = mentors[node];
                    for (int i = 0; i < list.length; i++) {
                        int m = list[i];
                        if (m != mentorOf[node]) {
                            int target = residents + m;
                            long nd = d - profit(node, i) + potential[node] - potential[target];
                            if (nd < best) {
                                visit(target, nd, node, i);
                            }
                        }
                    }
                } else {
                    int m = node - residents;
                    if (load[m] < cap[m] && d + potential[node] < best) {
                        best = d + potential[node];
                        end = node;
                    }
                    for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
                        int r = slot[j];
                        long nd = d + profit(r, assignedEdge[r]) + potential[node] - potential[r];
                        if (nd < best) {
                            visit(r, nd, node, -1);
                        }
                    }
                }
            }
            for (int i = 0; i < settledCount; i++) {
                int node = settled[i];
                potential[node] += dist[node] - best;
            }
            augment(s, end);
        }

        private void visit(int node, long d, int from, int edge) {
            if (seen[node] == stamp && dist[node] <= d) {
                return;
            }
            seen[node] = stamp;
            dist[node] = d;
            pred[node] = from;
            predEdge[node] = edge;
            push(d, node);
        }

        /** Shifts every resident on the path s → m1 → r1 → m2 → … to the next mentor along it. */
        private void augment(int s, int end) {
            int node = end;
            if (end < residents) {
                if (end == s) {
                    return;
                }
                node = pred[end];
                leave(end, node - residents);
                mentorOf[end] = Matching.UNMATCHED;
            } else {
                int m = end - residents;
                slot[slotStart[m] + load[m]++] = -1;
            }
            // node is now a mentor whose seat marked -1 (or vacated) goes to its predecessor resident
            while (true) {
                int m = node - residents;
                int r = pred[node];
                fillVacancy(m, r);
                int previous = mentorOf[r];
                mentorOf[r] = m;
                assignedEdge[r] = predEdge[node];
                if (r == s) {
                    return;
                }
                leave(r, previous);
                node = residents + previous;
            }
        }

        private void leave(int r, int m) {
            for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
                if (slot[j] == r) {
                    slot[j] = -1;
                    return;
                }
            }
            throw new IllegalStateException("resident " + r + " not held by mentor " + m);
        }

        private void fillVacancy(int m, int r) {
            for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
                if (slot[j] == -1) {
                    slot[j] = r;
                    return;
                }
            }
            throw new IllegalStateException("no vacancy at mentor " + m);
        }

        long residentProfit(int r) {
            return scorer.pinnedMentor(r) >= 0 ? 0 : potential[r];
        }

        long mentorPrice(int m) {
            return Math.max(0, -potential[residents + m]);
        }

        int residualCapacity(int m) {
            return cap[m];
        }

        Result result(Pricing pricing, int rounds) {
            int[] mentorOfAll = mentorOf.clone();
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
                } else if (mentorOf[r] != Matching.UNMATCHED) {
                    matchedFree++;
                }
            }
            // Weak LP duality: any matching of the free residents earns at most the dual objective in bonus units;
            // one with at least matchedFree pairs therefore scores at most that minus matchedFree bonuses.
            long bound = pricing.dualObjective - bonus * matchedFree + pinnedSum;
            long[] profits = new long[residents];
            long[] prices = new long[mentorCount];
            for (int r = 0; r < residents; r++) {
                profits[r] = residentProfit(r);
            }
            for (int m = 0; m < mentorCount; m++) {
                prices[m] = mentorPrice(m);
            }
            return new Result(matching, sum, Math.max(bound, sum), pricing.violations == 0,
                    new Duals(bonus, profits, prices), rounds);
        }

        private void push(long key, int node) {
            if (heapSize == heapKey.length) {
                heapKey = Arrays.copyOf(heapKey, heapSize * 2);
                heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            }
            int i = heapSize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heapKey[parent] <= key) {
                    break;
                }
                heapKey[i] = heapKey[parent];
                heapNode[i] = heapNode[parent];
                i = parent;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }

        private void pop() {
            long key = heapKey[--heapSize];
            int node = heapNode[heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                    child++;
                }
                if (heapKey[child] >= key) {
                    break;
                }
                heapKey[i] = heapKey[child];
                heapNode[i] = heapNode[child];
                i = child;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }
    }

    /**
     * One pass over every compatible pair with the duals of a solve: pairs whose reduced profit
     * {@code score + bonus − profit[r] − price[m]} is positive would improve the solution. Raising each resident's
     * profit to its best reduced profit makes the duals feasible for the whole problem, so their objective is a
     * valid upper bound whether or not any pair improves.
     * <p>
     * The pass need not score every pair: a pruned mentor of r scores at most {@code cutoff[r]}, so it can improve
     * only if its price is below {@code cutoff[r] + bonus − profit[r]}. Mentors are visited cheapest first and the
     * scan of a resident stops at that threshold; a resident held by an unpriced mentor of its list is done at once.
     */
    private static final class Pricing {

        private final int[][] improving;
        private long violations;
        private long dualObjective;

        private Pricing(int residents) {
            improving = new int[residents][];
        }

        static Pricing of(PairScorer scorer, Flow flow, int[] cutoff) {
            Pricing pricing = new Pricing(cutoff.length);
            int mentors = scorer.mentorCount();
            long[] prices = new long[mentors];
            long mentorSide = 0;
            long[] byPrice = new long[mentors];
            for (int m = 0; m < mentors; m++) {
                prices[m] = flow.mentorPrice(m);
                mentorSide += prices[m] * flow.residualCapacity(m);
                // prices are below 2^40 (bonus × a few); the low 24 bits carry the mentor
                byPrice[m] = prices[m] << 24 | m;
            }
            Arrays.sort(byPrice);
            long residentSide = IntStream.range(0, cutoff.length).parallel()
                    .mapToLong(r -> pricing.price(scorer, flow, prices, byPrice, cutoff[r], r))
                    .sum();
            for (int[] list : pricing.improving) {
                if (list != null) {
                    pricing.violations += list.length;
                }
            }
            pricing.dualObjective = residentSide + mentorSide;
            return pricing;
        }

        /** @return the resident's dual-feasible profit; records its improving pairs, most improving first */
        private long price(PairScorer scorer, Flow flow, long[] prices, long[] byPrice, int cutoff, int r) {
            if (scorer.pinnedMentor(r) >= 0) {
                return 0;
            }
            long profit = flow.residentProfit(r);
            if (cutoff == NONE_PRUNED) {
                return profit;
            }
            long threshold = cutoff + flow.bonus - profit;
            long feasible = profit;
            TopK found = null;
            for (int i = 0; i < byPrice.length && (byPrice[i] >>> 24) < threshold; i++) {
                int m = (int) (byPrice[i] & 0xFFFFFF);
                if (!scorer.compatible(r, m)) {
                    continue;
                }
                long reduced = scorer.score(r, m) + flow.bonus - prices[m] - profit;
                if (reduced > 0) {
                    feasible = Math.max(feasible, profit + reduced);
                    if (found == null) {
                        found = new TopK(Math.max(8, flow.mentors[r].length));
                    }
                    found.offer((-reduced << 24) | m);
                }
            }
            if (found != null) {
                improving[r] = Arrays.stream(found.sorted()).mapToInt(key -> (int) (key & 0xFFFFFF)).toArray();
            }
            return feasible;
        }
    }
}
