package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * {@link FlowCosts} as integer vectors of {@link RankMaximal.Packing#words()} longs, added component-wise and
 * compared lexicographically: an arc's profit is {@code packing.profit(rank, score)}. Every vector of a node lives at
 * {@code node × words} in a flat array.
 */
final class LexicographicCosts extends FlowCosts {

    private final PairScorer scorer;
    final RankMaximal.Packing packing;
    private final int words;
    private final int[][] ranks;
    private final int[][] scores;
    private final long[] potential;
    private final long[] dist;
    private final long[] next;
    private final long[] best;
    /** The expanded node's distance plus its potential. */
    private final long[] base;
    private int expanded;
    private final long[] zero;

    /** @param mentors per resident, its candidate mentors, whose pair scores are {@code scores} */
    LexicographicCosts(PairScorer scorer, RankMaximal.Packing packing, int[][] mentors, int[][] scores) {
        super(scorer.residentCount());
        this.scorer = scorer;
        this.packing = packing;
        this.scores = scores;
        words = packing.words();
        ranks = new int[residents][];
        for (int r = 0; r < residents; r++) {
            int resident = r;
            ranks[r] = Arrays.stream(mentors[r]).map(m -> scorer.residentRank(resident, m)).toArray();
        }
        int nodes = residents + scorer.mentorCount();
        potential = new long[nodes * words];
        dist = new long[nodes * words];
        next = new long[words];
        best = new long[words];
        base = new long[words];
        zero = new long[words];
    }

    /** Lexicographic comparison of {@code words} components of a at ao and b at bo. */
    static int compare(long[] a, int ao, long[] b, int bo, int words) {
        for (int j = 0; j < words; j++) {
            if (a[ao + j] != b[bo + j]) {
                return a[ao + j] < b[bo + j] ? -1 : 1;
            }
        }
        return 0;
    }

    @Override
    int words() {
        return words;
    }

    @Override
    void startSearch(int s, int[] mentors) {
        int at = s * words;
        Arrays.fill(potential, at, at + words, 0);
        for (int i = 0; i < mentors.length; i++) {
            System.arraycopy(potential, (residents + mentors[i]) * words, next, 0, words);
            packing.add(next, ranks[s][i], scores[s][i], 1);
            if (compare(next, 0, potential, at, words) > 0) {
                System.arraycopy(next, 0, potential, at, words);
            }
        }
        Arrays.fill(next, 0);
        System.arraycopy(potential, at, best, 0, words);
    }

    @Override
    boolean heapMinBelowBest(NodeHeap heap) {
        return heap.compareMin(best, 0) < 0;
    }

    @Override
    boolean heapMinStale(NodeHeap heap, int node) {
        return heap.compareMin(dist, node * words) > 0;
    }

    @Override
    void expand(int node) {
        expanded = node;
        for (int j = 0; j < words; j++) {
            base[j] = dist[node * words + j] + potential[node * words + j];
        }
    }

    @Override
    boolean takeOutlet() {
        if (compare(base, 0, best, 0, words) < 0) {
            System.arraycopy(base, 0, best, 0, words);
            return true;
        }
        return false;
    }

    @Override
    boolean stageArcToMentor(int edge, int mentorNode) {
        stageFromBase(mentorNode);
        packing.add(next, ranks[expanded][edge], scores[expanded][edge], -1);
        return compare(next, 0, best, 0, words) < 0;
    }

    @Override
    boolean stageArcToResident(int r, int edge) {
        stageFromBase(r);
        packing.add(next, ranks[r][edge], scores[r][edge], 1);
        return compare(next, 0, best, 0, words) < 0;
    }

    /** {@code next} = the expanded node's distance and potential − the potential of {@code to}. */
    private void stageFromBase(int to) {
        for (int j = 0; j < words; j++) {
            next[j] = base[j] - potential[to * words + j];
        }
    }

    @Override
    boolean stagedBelowDistance(int node) {
        return compare(next, 0, dist, node * words, words) < 0;
    }

    @Override
    void reach(int node, NodeHeap heap) {
        System.arraycopy(next, 0, dist, node * words, words);
        heap.push(next, node);
    }

    @Override
    void settle(int node) {
        for (int j = 0; j < words; j++) {
            potential[node * words + j] += dist[node * words + j] - best[j];
        }
    }

    long[] residentProfit(int r) {
        return Arrays.copyOfRange(potential, r * words, (r + 1) * words);
    }

    /** The mentor's dual price: its negated potential, never below 0. */
    long[] mentorPrice(int m) {
        long[] price = new long[words];
        int at = (residents + m) * words;
        for (int j = 0; j < words; j++) {
            price[j] = -potential[at + j];
        }
        return compare(price, 0, zero, 0, words) > 0 ? price : new long[words];
    }

    /** The profit vectors of the matched pairs, added up: the matching's value. */
    long[] value(Seats seats) {
        long[] value = new long[words];
        for (int r = 0; r < residents; r++) {
            if (seats.mentorOf[r] != Matching.UNMATCHED) {
                packing.add(value, ranks[r][seats.assignedEdge[r]], scores[r][seats.assignedEdge[r]], 1);
            }
        }
        return value;
    }

    @Override
    Prices prices(int[] seatsLeft) {
        long[][] prices = new long[seatsLeft.length][];
        long[] mentorSide = new long[words];
        for (int m = 0; m < prices.length; m++) {
            prices[m] = mentorPrice(m);
            for (int j = 0; j < words; j++) {
                mentorSide[j] += prices[m][j] * seatsLeft[m];
            }
        }
        int[] order = IntStream.range(0, prices.length).boxed()
                .sorted((a, b) -> compare(prices[a], 0, prices[b], 0, words))
                .mapToInt(Integer::intValue).toArray();
        return new Prices(order, mentorSide, () -> new Pricer(prices, order));
    }

    /** Keeps every improving mentor with its reduced profit and sorts them at the end (improving pairs are few). */
    private final class Pricer extends ResidentPricer {

        private final long[][] prices;
        private final int[] byPrice;
        private long[] profit;
        private long[] threshold;
        private long[] feasible;
        private long[][] found;
        private int[] foundMentor;
        private int count;

        Pricer(long[][] prices, int[] byPrice) {
            this.prices = prices;
            this.byPrice = byPrice;
        }

        @Override
        void start(boolean pinned, int cutoff) {
            profit = pinned ? new long[words] : residentProfit(r);
            threshold = packing.profit(0, cutoff);
            for (int j = 0; j < words; j++) {
                threshold[j] -= profit[j];
            }
            feasible = profit;
            count = 0;
        }

        @Override
        boolean cheapEnough(int position) {
            return compare(prices[byPrice[position]], 0, threshold, 0, words) < 0;
        }

        @Override
        void offer(int m, int score) {
            long[] reduced = packing.profit(scorer.residentRank(r, m), score);
            for (int j = 0; j < words; j++) {
                reduced[j] -= prices[m][j] + profit[j];
            }
            if (compare(reduced, 0, zero, 0, words) <= 0) {
                return;
            }
            long[] raised = profit.clone();
            for (int j = 0; j < words; j++) {
                raised[j] += reduced[j];
            }
            if (compare(raised, 0, feasible, 0, words) > 0) {
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

        @Override
        int[] improving() {
            if (count == 0) {
                return null;
            }
            long[][] reducedOf = found;
            int[] mentorOf = foundMentor;
            return IntStream.range(0, count).boxed()
                    .sorted((a, b) -> compare(reducedOf[b], 0, reducedOf[a], 0, words))
                    .limit(keep)
                    .mapToInt(i -> mentorOf[i]).toArray();
        }

        @Override
        void writeFeasible(long[] into) {
            System.arraycopy(feasible, 0, into, r * words, words);
        }
    }
}
