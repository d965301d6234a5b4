package io.mentormatch.core.solver;

import java.util.function.Supplier;

/**
 * The arithmetic of an {@link AssignmentFlow}'s path costs, apart from the search that uses it: node potentials,
 * distances and arc profits, either scalar ({@link ScalarCosts}: optimal mode, re-matching) or lexicographic vectors
 * ({@link LexicographicCosts}: rank-maximal mode). Successive shortest paths and LP duality need only an ordered
 * group, so the flow and its {@link Pricing} are written once against these operations. Each is coarse (one arc
 * relaxed, one outlet taken) so that the scalar case stays plain {@code long} arithmetic the JIT inlines.
 * <p>
 * Nodes are residents {@code 0..R-1} and mentors {@code R..R+M-1}; arc costs are negated profits. A search keeps a
 * staged distance ({@code next}) and the cheapest outlet found so far ({@code best}).
 */
abstract class FlowCosts {

    final int residents;

    FlowCosts(int residents) {
        this.residents = residents;
    }

    /** How many longs one cost takes: 1 for scalar costs. */
    abstract int words();

    /**
     * Raises resident s's potential to {@code max(0, max over its arcs of potential[m] + profit)}, so that every
     * arc out of it has a non-negative reduced cost, stages distance 0 and makes s's own unmatched outlet the best.
     */
    abstract void startSearch(int s, int[] mentors);

    /** Whether the heap's smallest distance is below the best outlet: the search goes on. */
    abstract boolean heapMinBelowBest(NodeHeap heap);

    /** Whether the heap's smallest entry is stale: its node was reached more cheaply since. */
    abstract boolean heapMinStale(NodeHeap heap, int node);

    /** Starts expanding a settled node: the operations below measure from it (its distance plus its potential). */
    abstract void expand(int node);

    /**
     * Whether leaving the network at the expanded node (a free seat, or a resident giving up its mentor) beats the
     * best outlet; it becomes the best.
     */
    abstract boolean takeOutlet();

    /** Stages the distance to {@code mentorNode} over the expanded resident's arc {@code edge}; whether it beats the best. */
    abstract boolean stageArcToMentor(int edge, int mentorNode);

    /** Stages the distance from the expanded mentor back along resident r's arc {@code edge}; whether it beats the best. */
    abstract boolean stageArcToResident(int r, int edge);

    /** Whether the staged distance is below the node's distance in this search. */
    abstract boolean stagedBelowDistance(int node);

    /** Gives the node the staged distance and pushes it on the heap. */
    abstract void reach(int node, NodeHeap heap);

    /** After a search: the settled node's potential moves by its distance less the best outlet's. */
    abstract void settle(int node);

    /** A snapshot of the mentors' dual prices for one pricing pass. */
    abstract Prices prices(int[] seatsLeft);

    /**
     * The mentors' prices of one pricing pass.
     *
     * @param mentorsByPrice the mentors by ascending price, ties by index: a resident's scan stops at its threshold
     * @param mentorSide     {@code Σ price[m] × seatsLeft[m]}, word by word
     * @param pricers        a new pricer for one thread
     */
    record Prices(int[] mentorsByPrice, long[] mentorSide, Supplier<ResidentPricer> pricers) {
    }

    /** Prices one resident at a time against the mentors' prices; not thread-safe. */
    abstract static class ResidentPricer {

        /** The resident being priced. */
        int r;
        /** How many improving mentors to keep at most. */
        int keep;

        /**
         * Starts resident r with its dual profit (0 when pinned); pruned mentors score at most {@code cutoff}, so
         * one whose price is not below {@code profit(unranked, cutoff) − residentProfit} cannot improve.
         */
        final void start(int r, boolean pinned, int cutoff, int keep) {
            this.r = r;
            this.keep = keep;
            start(pinned, cutoff);
        }

        abstract void start(boolean pinned, int cutoff);

        /** Whether the price of the mentor at this position of {@link Prices#mentorsByPrice} is below the threshold. */
        abstract boolean cheapEnough(int position);

        /** Prices the compatible pair (r, m): if its reduced profit is positive, it improves and is recorded. */
        abstract void offer(int m, int score);

        /** The improving mentors found, most improving first; null when none. */
        abstract int[] improving();

        /** Writes the resident's profit raised to its best reduced profit (dual-feasible) at {@code r × words}. */
        abstract void writeFeasible(long[] feasible);
    }
}
