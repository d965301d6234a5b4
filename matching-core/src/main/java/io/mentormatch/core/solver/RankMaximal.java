package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Rank-maximal mode, exact: among the matchings that pair the most residents, the one with the most 1st choices,
 * then the most 2nd choices, and so on through the longest ranking, then the highest sum of pair scores. A choice is
 * the resident's ranking position of the mentor; every hard rule and pin holds as in optimal mode.
 * <p>
 * The objective is lexicographic: a pair's profit has levels {@code [1, 1 at its rank, pair score]}. One big weight
 * per level would overflow a {@code long} (a level must outweigh all the levels below it, about (2 × residents)^levels),
 * so the levels are packed into a few words ({@link Packing}): within a word, big weights that safely fit; across
 * words, vectors added component-wise and compared lexicographically. Integer vectors under the lexicographic order
 * are an ordered group, which is all that successive shortest paths and LP duality need. So this is
 * {@link ExactAssignment}'s algorithm with vector costs: node potentials keep reduced costs
 * non-negative, each resident is placed by a Dijkstra that stops at the cheapest outlet, on candidate lists that hold
 * every compatible ranked mentor and the k best others by pair score. Then every compatible pair is priced against
 * the potentials (the LP duals, one price per word); pairs that would improve join the lists, which are solved
 * again. When none is left the duals are feasible for the whole problem, and their objective equals the matching's
 * value word by word: by weak duality no matching is lexicographically better (summing dual constraints with
 * non-negative integer multipliers is valid in any ordered group).
 */
public final class RankMaximal {

    private static final int NONE_PRUNED = Integer.MIN_VALUE;

    /**
     * Candidates per resident besides its ranked mentors: twice optimal mode's, because residents pushed off their
     * ranked mentors reach further down their lists; on 2,000 × 1,000 this halves the pricing rounds and the time.
     */
    public static final int DEFAULT_CANDIDATES = 2 * ExactAssignment.DEFAULT_CANDIDATES;

    /**
     * @param matching      the rank-maximal matching (pins kept)
     * @param optimal       whether the certificate holds: pricing over every compatible pair found no improving pair
     *                      and the dual objective equals the matching's value in every word
     * @param duals         the certificate
     * @param pricingRounds how many times the lists were solved and every pair priced
     */
    public record Result(Matching matching, boolean optimal, Duals duals, int pricingRounds) {
    }

    /**
     * LP dual prices, one component per word of the {@link Packing}, compared lexicographically: both non-negative,
     * {@code residentProfit[r] + mentorPrice[m] >= packing.profit(rank, score)} for every compatible unpinned pair,
     * and {@code Σ residentProfit + Σ seatsLeft[m] × mentorPrice[m]} equals the sum of the profits of the matched
     * unpinned pairs. Pinned residents have profit 0 and use up their mentor's seats.
     *
     * @param seatsLeft each mentor's capacity less its pinned residents
     */
    public record Duals(Packing packing, long[][] residentProfit, long[][] mentorPrice, int[] seatsLeft) {
    }

    /**
     * How the levels {@code [matched, rank 1, …, rank ranks, pair score]} are packed into words, from the last level
     * up: a level joins the word below it with a weight larger than any difference the levels below it in that word
     * can make between two matchings (2 × pairs × the most one pair adds to the word), as long as every word stays
     * far from overflow on paths, potentials and dual sums; otherwise it starts a new word with weight 1.
     *
     * @param ranks      the longest ranking position of a compatible mentor: the number of rank levels
     * @param wordOf     per level, its word (0 = most significant)
     * @param multiplier per level, its weight within its word
     */
    public record Packing(int ranks, int words, int[] wordOf, long[] multiplier) {

        static Packing of(int ranks, long pairs, long maxAbsScore, long wordLimit) {
            int levels = ranks + 2;
            int[] fromBottom = new int[levels];
            long[] multiplier = new long[levels];
            int word = 0;
            multiplier[levels - 1] = 1;
            long perPair = Math.max(1, maxAbsScore);
            for (int level = levels - 2; level >= 0; level--) {
                long weight = perPair > (wordLimit - 1) / (2 * pairs) ? Long.MAX_VALUE : 2 * pairs * perPair + 1;
                if (weight > wordLimit - perPair) {
                    word++;
                    weight = 1;
                    perPair = 0;
                }
                fromBottom[level] = word;
                multiplier[level] = weight;
                perPair += weight;
            }
            int[] wordOf = new int[levels];
            for (int level = 0; level < levels; level++) {
                wordOf[level] = word - fromBottom[level];
            }
            return new Packing(ranks, word + 1, wordOf, multiplier);
        }

        /** The profit of a pair with this rank (0 = unranked) and pair score, word by word. */
        public long[] profit(int rank, int score) {
            long[] profit = new long[words];
            add(profit, rank, score, 1);
            return profit;
        }

        void add(long[] vector, int rank, int score, int sign) {
            vector[wordOf[0]] += sign * multiplier[0];
            if (rank > 0 && rank <= ranks) {
                vector[wordOf[rank]] += sign * multiplier[rank];
            }
            vector[wordOf[ranks + 1]] += (long) sign * score;
        }
    }

    private RankMaximal() {
    }

    public static Result solve(PairScorer scorer) {
        return solve(scorer, DEFAULT_CANDIDATES);
    }

    /** @param candidatesPerResident how many mentors, best pair score first, each list starts with besides the ranked */
    public static Result solve(PairScorer scorer, int candidatesPerResident) {
        return solve(scorer, Candidates.scanAll(scorer, candidatesPerResident), Long.MAX_VALUE);
    }

    /** Starts from candidate lists already scanned, e.g. shared with {@link ExactAssignment}. */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans) {
        return solve(scorer, scans, Long.MAX_VALUE);
    }

    /** @param wordLimit the most one pair may add to a word: small limits give one word per level (for tests) */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans, long wordLimit) {
        int residents = scorer.residentCount();
        int[][] mentors = new int[residents][];
        int[][] scores = new int[residents][];
        int[] cutoff = new int[residents];
        int ranks = 0;
        long maxAbsScore = 0;
        for (int r = 0; r < residents; r++) {
            Candidates.Scan scan = scans[r];
            if (scan.compatible() > 0) {
                maxAbsScore = Math.max(maxAbsScore, Math.max(Math.abs((long) scan.minScore()), scan.maxScore()));
            }
            int[] list = new int[scorer.rankingLength(r) + scan.mentors().length];
            int size = 0;
            for (int rank = 1; rank <= scorer.rankingLength(r); rank++) {
                int m = scorer.rankedMentor(r, rank);
                if (scorer.residentRank(r, m) == rank && scorer.compatible(r, m)) {
                    list[size++] = m;
                    ranks = Math.max(ranks, rank);
                }
            }
            for (int m : scan.mentors()) {
                if (scorer.residentRank(r, m) == 0) {
                    list[size++] = m;
                }
            }
            mentors[r] = Arrays.copyOf(list, size);
            int resident = r;
            scores[r] = Arrays.stream(mentors[r]).map(m -> scorer.score(resident, m)).toArray();
            // every pruned mentor is unranked and scores at most the k-th best
            int kept = scan.mentors().length;
            cutoff[r] = scan.compatible() == size ? NONE_PRUNED
                    : kept == 0 ? scan.maxScore() : scan.scores()[kept - 1];
        }
        int[] seats = Seats.seatsLeft(scorer);
        long free = IntStream.range(0, residents).filter(r -> scorer.pinnedMentor(r) < 0).count();
        long pairs = Math.max(1, Math.min(free, Arrays.stream(seats).asLongStream().sum()));
        // paths, potentials and dual sums add up at most this many per-pair amounts, with room to spare
        long terms = 16L * (2L * residents + 2L * scorer.mentorCount() + Arrays.stream(seats).asLongStream().sum() + 1);
        Packing packing = Packing.of(ranks, pairs, maxAbsScore, Math.min(wordLimit, Long.MAX_VALUE / terms));
        return solve(scorer, mentors, scores, cutoff, packing);
    }

    private static Result solve(PairScorer scorer, int[][] mentors, int[][] scores, int[] cutoff, Packing packing) {
        int rounds = 0;
        while (true) {
            rounds++;
            Flow flow = new Flow(scorer, mentors, scores, packing);
            flow.run();
            Pricing pricing = Pricing.of(scorer, flow, cutoff);
            if (pricing.violations == 0) {
                return flow.result(pricing, rounds);
            }
            for (int r = 0; r < mentors.length; r++) {
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

    /** Lexicographic comparison of {@code dims} components of a at ao and b at bo. */
    static int compare(long[] a, int ao, long[] b, int bo, int dims) {
        for (int j = 0; j < dims; j++) {
            if (a[ao + j] != b[bo + j]) {
                return a[ao + j] < b[bo + j] ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * Successive shortest paths with vector costs, {@link AssignmentFlow} word for word but for the arithmetic (the
     * path found is applied by the same {@link Seats}): nodes residents 0..R-1, mentors R..R+M-1 and an implicit sink
     * with potential 0; arc costs are negated profit vectors. Every vector of a node lives at {@code node × dims} in a flat array.
     */
    private static final class Flow {

        private final PairScorer scorer;
        private final int[][] mentors;
        private final int[][] scores;
        private final int[][] ranks;
        private final Packing packing;
        private final int dims;
        private final int residents;
        private final int mentorCount;
        private final long[] potential;
        private final Seats seats;
        private final int[] mentorOf;
        private final int[] assignedEdge;
        private final int[] cap;
        private final int[] load;
        private final int[] slotStart;
        private final int[] slot;

        private final long[] dist;
        private final int[] seen;
        private final int[] pred;
        private final int[] predEdge;
        private final int[] settled;
        private int settledCount;
        private int stamp;
        private final int[] heap;
        /** A node's index in the heap, or -1 once popped; valid for nodes seen in this search. */
        private final int[] heapIndex;
        private int heapSize;
        private final long[] best;
        private final long[] next;
        private final long[] zero;

        Flow(PairScorer scorer, int[][] mentors, int[][] scores, Packing packing) {
            this.scorer = scorer;
            this.mentors = mentors;
            this.scores = scores;
            this.packing = packing;
            this.dims = packing.words();
            residents = scorer.residentCount();
            mentorCount = scorer.mentorCount();
            ranks = new int[residents][];
            for (int r = 0; r < residents; r++) {
                int resident = r;
                ranks[r] = Arrays.stream(mentors[r]).map(m -> scorer.residentRank(resident, m)).toArray();
            }
            int nodes = residents + mentorCount;
            potential = new long[nodes * dims];
            seats = new Seats(residents, Seats.seatsLeft(scorer));
            mentorOf = seats.mentorOf;
            assignedEdge = seats.assignedEdge;
            cap = seats.cap;
            load = seats.load;
            slotStart = seats.slotStart;
            slot = seats.slot;
            dist = new long[nodes * dims];
            seen = new int[nodes];
            pred = new int[nodes];
            predEdge = new int[nodes];
            settled = new int[nodes];
            heap = new int[nodes];
            heapIndex = new int[nodes];
            best = new long[dims];
            next = new long[dims];
            zero = new long[dims];
        }

        void run() {
            for (int r = 0; r < residents; r++) {
                if (scorer.pinnedMentor(r) < 0) {
                    place(r);
                }
            }
        }

        /** {@code next} = {@code base} at node a + potential of a (+ or − the profit of edge i of resident pr). */
        private void sum(long[] base, int a, int b, int bSign, int pr, int i, int profitSign) {
            for (int j = 0; j < dims; j++) {
                next[j] = base[a * dims + j] + potential[a * dims + j] + (b < 0 ? 0 : bSign * potential[b * dims + j]);
            }
            if (pr >= 0) {
                addProfitTo(next, pr, i, profitSign);
            }
        }

        private void addProfitTo(long[] vector, int r, int i, int sign) {
            packing.add(vector, ranks[r][i], scores[r][i], sign);
        }

        private boolean nextBelowBest() {
            return compare(next, 0, best, 0, dims) < 0;
        }

        /** Routes resident s by the cheapest augmenting path: a mentor's free seat, or someone's unmatched outlet. */
        private void place(int s) {
            // potential[s] = max(0, max over its arcs of potential[m] + profit): every arc out of s non-negative
            int at = s * dims;
            Arrays.fill(potential, at, at + dims, 0);
            for (int i = 0; i < mentors[s].length; i++) {
                int m = residents + mentors[s][i];
                System.arraycopy(potential, m * dims, next, 0, dims);
                addProfitTo(next, s, i, 1);
                if (compare(next, 0, potential, at, dims) > 0) {
                    System.arraycopy(next, 0, potential, at, dims);
                }
            }
            stamp++;
            settledCount = 0;
            heapSize = 0;
            Arrays.fill(next, 0);
            relax(s, -1, -1);
            System.arraycopy(potential, at, best, 0, dims);
            int end = s;
            while (heapSize > 0) {
                int node = heap[0];
                if (compare(dist, node * dims, best, 0, dims) >= 0) {
                    break;
                }
                pop();
                settled[settledCount++] = node;
                if (node < residents) {
                    if (node != s) {
                        sum(dist, node, -1, 0, -1, 0, 0);
                        if (nextBelowBest()) {
                            System.arraycopy(next, 0, best, 0, dims);
                            end = node;
                        }
                    }
                    int[] list = mentors[node];
                    for (int i = 0; i < list.length; i++) {
                        if (list[i] != mentorOf[node]) {
                            int target = residents + list[i];
                            sum(dist, node, target, -1, node, i, -1);
                            if (nextBelowBest()) {
                                relax(target, node, i);
                            }
                        }
                    }
                } else {
                    int m = node - residents;
                    if (load[m] < cap[m]) {
                        sum(dist, node, -1, 0, -1, 0, 0);
                        if (nextBelowBest()) {
                            System.arraycopy(next, 0, best, 0, dims);
                            end = node;
                        }
                    }
                    for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
                        int r = slot[j];
                        sum(dist, node, r, -1, r, assignedEdge[r], 1);
                        if (nextBelowBest()) {
                            relax(r, node, -1);
                        }
                    }
                }
            }
            for (int i = 0; i < settledCount; i++) {
                int node = settled[i];
                for (int j = 0; j < dims; j++) {
                    potential[node * dims + j] += dist[node * dims + j] - best[j];
                }
            }
            seats.augment(s, end, pred, predEdge);
        }

        /** Reaches node at distance {@code next} unless it was reached as cheaply already. */
        private void relax(int node, int from, int edge) {
            boolean fresh = seen[node] != stamp;
            if (!fresh && compare(dist, node * dims, next, 0, dims) <= 0) {
                return;
            }
            System.arraycopy(next, 0, dist, node * dims, dims);
            pred[node] = from;
            predEdge[node] = edge;
            if (fresh) {
                seen[node] = stamp;
                heap[heapSize] = node;
                heapIndex[node] = heapSize++;
                siftUp(heapIndex[node]);
            } else if (heapIndex[node] >= 0) {
                siftUp(heapIndex[node]);
            }
        }

        private boolean before(int a, int b) {
            return compare(dist, a * dims, dist, b * dims, dims) < 0;
        }

        private void siftUp(int i) {
            int node = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(node, heap[parent])) {
                    break;
                }
                heap[i] = heap[parent];
                heapIndex[heap[i]] = i;
                i = parent;
            }
            heap[i] = node;
            heapIndex[node] = i;
        }

        private void pop() {
            heapIndex[heap[0]] = -1;
            int node = heap[--heapSize];
            if (heapSize == 0) {
                return;
            }
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], node)) {
                    break;
                }
                heap[i] = heap[child];
                heapIndex[heap[i]] = i;
                i = child;
            }
            heap[i] = node;
            heapIndex[node] = i;
        }

        long[] residentProfit(int r) {
            return scorer.pinnedMentor(r) >= 0 ? new long[dims]
                    : Arrays.copyOfRange(potential, r * dims, (r + 1) * dims);
        }

        long[] mentorPrice(int m) {
            long[] price = new long[dims];
            int at = (residents + m) * dims;
            for (int j = 0; j < dims; j++) {
                price[j] = -potential[at + j];
            }
            return compare(price, 0, zero, 0, dims) > 0 ? price : new long[dims];
        }

        /** The profit vectors of the matched unpinned pairs, added up: the matching's value. */
        long[] value() {
            long[] value = new long[dims];
            for (int r = 0; r < residents; r++) {
                if (mentorOf[r] != Matching.UNMATCHED) {
                    addProfitTo(value, r, assignedEdge[r], 1);
                }
            }
            return value;
        }

        Result result(Pricing pricing, int rounds) {
            int[] mentorOfAll = mentorOf.clone();
            for (int r = 0; r < residents; r++) {
                if (scorer.pinnedMentor(r) >= 0) {
                    mentorOfAll[r] = scorer.pinnedMentor(r);
                }
            }
            long[][] profits = new long[residents][];
            long[][] prices = new long[mentorCount][];
            for (int r = 0; r < residents; r++) {
                profits[r] = residentProfit(r);
            }
            for (int m = 0; m < mentorCount; m++) {
                prices[m] = mentorPrice(m);
            }
            boolean certified = pricing.violations == 0 && Arrays.equals(pricing.dualObjective, value());
            return new Result(new Matching(mentorOfAll), certified, new Duals(packing, profits, prices, cap.clone()),
                    rounds);
        }
    }

    /**
     * One pass over every compatible pair with the duals of a solve: a pair whose reduced profit
     * {@code profit − residentProfit[r] − mentorPrice[m]} is lexicographically positive would improve the solution.
     * Raising each resident's profit to its best reduced profit makes the duals feasible for the whole problem.
     * <p>
     * A pruned mentor of r is unranked and scores at most {@code cutoff[r]}, so it can improve only if its price is
     * below {@code profit(unranked, cutoff[r]) − residentProfit[r]}: mentors are visited cheapest first and the scan of a
     * resident stops there.
     */
    private static final class Pricing {

        private final int[][] improving;
        private long violations;
        private long[] dualObjective;

        private Pricing(int residents) {
            improving = new int[residents][];
        }

        static Pricing of(PairScorer scorer, Flow flow, int[] cutoff) {
            Pricing pricing = new Pricing(cutoff.length);
            int dims = flow.dims;
            int mentors = scorer.mentorCount();
            long[][] prices = new long[mentors][];
            long[] objective = new long[dims];
            for (int m = 0; m < mentors; m++) {
                prices[m] = flow.mentorPrice(m);
                for (int j = 0; j < dims; j++) {
                    objective[j] += prices[m][j] * flow.cap[m];
                }
            }
            int[] byPrice = IntStream.range(0, mentors).boxed()
                    .sorted((a, b) -> compare(prices[a], 0, prices[b], 0, dims))
                    .mapToInt(Integer::intValue).toArray();
            long[][] feasible = IntStream.range(0, cutoff.length).parallel()
                    .mapToObj(r -> pricing.price(scorer, flow, prices, byPrice, cutoff[r], r))
                    .toArray(long[][]::new);
            for (long[] profit : feasible) {
                for (int j = 0; j < dims; j++) {
                    objective[j] += profit[j];
                }
            }
            for (int[] list : pricing.improving) {
                if (list != null) {
                    pricing.violations += list.length;
                }
            }
            pricing.dualObjective = objective;
            return pricing;
        }

        /** @return the resident's dual-feasible profit; records its improving pairs, most improving first */
        private long[] price(PairScorer scorer, Flow flow, long[][] prices, int[] byPrice, int cutoff, int r) {
            long[] profit = flow.residentProfit(r);
            if (scorer.pinnedMentor(r) >= 0 || cutoff == NONE_PRUNED) {
                return profit;
            }
            int dims = flow.dims;
            long[] threshold = flow.packing.profit(0, cutoff);
            for (int j = 0; j < dims; j++) {
                threshold[j] -= profit[j];
            }
            long[] feasible = profit.clone();
            long[][] found = null;
            int[] foundMentor = null;
            int count = 0;
            for (int i = 0; i < byPrice.length && compare(prices[byPrice[i]], 0, threshold, 0, dims) < 0; i++) {
                int m = byPrice[i];
                if (!scorer.compatible(r, m)) {
                    continue;
                }
                long[] reduced = flow.packing.profit(scorer.residentRank(r, m), scorer.score(r, m));
                for (int j = 0; j < dims; j++) {
                    reduced[j] -= prices[m][j] + profit[j];
                }
                if (compare(reduced, 0, flow.zero, 0, dims) > 0) {
                    long[] raised = profit.clone();
                    for (int j = 0; j < dims; j++) {
                        raised[j] += reduced[j];
                    }
                    if (compare(raised, 0, feasible, 0, dims) > 0) {
                        feasible = raised;
                    }
                    if (found == null) {
                        found = new long[8][];
                        foundMentor = new int[8];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                        foundMentor = Arrays.copyOf(foundMentor, count * 2);
                    }
                    found[count] = reduced;
                    foundMentor[count++] = m;
                }
            }
            if (count > 0) {
                long[][] reducedOf = found;
                int[] mentorOf = foundMentor;
                int keep = Math.min(count, Math.max(8, flow.mentors[r].length));
                improving[r] = IntStream.range(0, count).boxed()
                        .sorted((a, b) -> compare(reducedOf[b], 0, reducedOf[a], 0, dims))
                        .limit(keep)
                        .mapToInt(i -> mentorOf[i]).toArray();
            }
            return feasible;
        }
    }
}
