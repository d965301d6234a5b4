package io.mentormatch.core.solver;

import java.util.Arrays;

import io.mentormatch.core.util.TopK;

/**
 * {@link FlowCosts} in one {@code long}: the profit of an arc is a number (pair score plus bonuses), as in
 * {@link ExactAssignment} and {@link MinimalChangeRematch}. {@link ArcInsertion} repairs a flow on these costs.
 */
final class ScalarCosts extends FlowCosts {

    /** Pricing packs a mentor index into the low 24 bits of a sort key. */
    static final int MAX_MENTORS = 1 << 24;

    /** Per resident, the profit of each candidate arc. */
    final long[][] profit;
    /** What pricing adds to a pair score to get the pair's profit (the match bonus). */
    private final long pairBonus;
    /** Node potentials; for a routed resident its LP dual, for a mentor its negated price; the sink's is 0. */
    final long[] potential;
    private final long[] dist;
    private long next;
    private long best;
    /** The expanded node's distance plus its potential. */
    private long base;
    /** The expanded resident's arc profits. */
    private long[] gain;

    /**
     * @param profit    per resident, the profit of each candidate arc
     * @param pairBonus what pricing adds to a pair score (0 when the flow is never priced)
     */
    ScalarCosts(long[][] profit, long pairBonus, int mentors) {
        super(profit.length);
        this.profit = profit;
        this.pairBonus = pairBonus;
        potential = new long[residents + mentors];
        dist = new long[potential.length];
    }

    @Override
    int words() {
        return 1;
    }

    @Override
    void startSearch(int s, int[] mentors) {
        long start = 0;
        for (int i = 0; i < mentors.length; i++) {
            start = Math.max(start, potential[residents + mentors[i]] + profit[s][i]);
        }
        potential[s] = start;
        next = 0;
        best = start;
    }

    @Override
    boolean heapMinBelowBest(NodeHeap heap) {
        return heap.minKey() < best;
    }

    @Override
    boolean heapMinStale(NodeHeap heap, int node) {
        return heap.minKey() > dist[node];
    }

    @Override
    void expand(int node) {
        base = dist[node] + potential[node];
        gain = node < residents ? profit[node] : null;
    }

    @Override
    boolean takeOutlet() {
        if (base < best) {
            best = base;
            return true;
        }
        return false;
    }

    @Override
    boolean stageArcToMentor(int edge, int mentorNode) {
        next = base - gain[edge] - potential[mentorNode];
        return next < best;
    }

    @Override
    boolean stageArcToResident(int r, int edge) {
        next = base + profit[r][edge] - potential[r];
        return next < best;
    }

    @Override
    boolean stagedBelowDistance(int node) {
        return next < dist[node];
    }

    @Override
    void reach(int node, NodeHeap heap) {
        dist[node] = next;
        heap.push(next, node);
    }

    @Override
    void settle(int node) {
        potential[node] += dist[node] - best;
    }

    /**
     * The resident's LP dual: its potential, never below 0 (an unmatched resident's potential may be: clamping keeps
     * its arcs feasible and it carries no pair).
     */
    long residentProfit(int r) {
        return Math.max(0, potential[r]);
    }

    /** The mentor's LP dual: the negated potential, never below 0 (only a mentor with a free seat may be). */
    long mentorPrice(int m) {
        return Math.max(0, -potential[residents + m]);
    }

    @Override
    Prices prices(int[] seatsLeft) {
        long[] prices = new long[seatsLeft.length];
        long[] byPrice = new long[seatsLeft.length];
        long mentorSide = 0;
        for (int m = 0; m < prices.length; m++) {
            prices[m] = mentorPrice(m);
            mentorSide += prices[m] * seatsLeft[m];
            // prices are below 2^40 (bonus × a few); the low 24 bits carry the mentor
            byPrice[m] = prices[m] << 24 | m;
        }
        Arrays.sort(byPrice);
        int[] order = Arrays.stream(byPrice).mapToInt(key -> (int) (key & 0xFFFFFF)).toArray();
        return new Prices(order, new long[] {mentorSide}, () -> new Pricer(prices, byPrice));
    }

    /**
     * Reads the prices in order from the sorted packed keys (price, then mentor), and keeps the most improving mentors
     * in a {@link TopK} of packed keys: reduced profit, then mentor index.
     */
    private final class Pricer extends ResidentPricer {

        private final long[] prices;
        private final long[] byPrice;
        private long profit;
        private long threshold;
        private long feasible;
        private TopK found;

        Pricer(long[] prices, long[] byPrice) {
            this.prices = prices;
            this.byPrice = byPrice;
        }

        @Override
        void start(boolean pinned, int cutoff) {
            profit = pinned ? 0 : residentProfit(r);
            threshold = (long) cutoff + pairBonus - profit;
            feasible = profit;
            found = null;
        }

        @Override
        boolean cheapEnough(int position) {
            return (byPrice[position] >>> 24) < threshold;
        }

        @Override
        void offer(int m, int score) {
            long reduced = score + pairBonus - prices[m] - profit;
            if (reduced > 0) {
                feasible = Math.max(feasible, profit + reduced);
                if (found == null) {
                    found = new TopK(keep);
                }
                found.offer((-reduced << 24) | m);
            }
        }

        @Override
        int[] improving() {
            return found == null ? null : Arrays.stream(found.sorted()).mapToInt(key -> (int) (key & 0xFFFFFF)).toArray();
        }

        @Override
        void writeFeasible(long[] into) {
            into[r] = feasible;
        }
    }
}
