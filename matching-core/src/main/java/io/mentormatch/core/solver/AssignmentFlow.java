package io.mentormatch.core.solver;

/**
 * Successive shortest paths for a transportation problem resident → mentor (seats) with a private "unmatched"
 * outlet of profit 0 per resident, maximising the sum of the arc profits: one resident at a time, a Dijkstra over
 * the residual network that stops as soon as the cheapest outlet (a free seat, or the unmatched outlet of a resident
 * it displaces) is settled. Nodes: residents 0..R-1, mentors R..R+M-1 and an implicit sink with potential 0. Arc
 * costs are negated profits; potentials keep every residual arc's reduced cost non-negative, so each search is a
 * Dijkstra, and at the end they are LP duals.
 * <p>
 * The arithmetic of the costs is a {@link FlowCosts}: a number per arc ({@link ScalarCosts}) for {@link ExactAssignment}
 * (profit = pair score + the match bonus) and {@link MinimalChangeRematch} (plus a bonus for keeping a current pair),
 * a lexicographic vector ({@link LexicographicCosts}) for {@link RankMaximal}.
 *
 * @param <C> the cost arithmetic
 */
final class AssignmentFlow<C extends FlowCosts> {

    final int[][] mentors;
    final C costs;
    final boolean[] fixed;
    final int residents;
    final Seats seats;
    private final int[] mentorOf;
    private final int[] assignedEdge;
    private final int[] cap;
    private final int[] load;
    private final int[] slotStart;
    private final int[] slot;

    private final int[] seen;
    private final int[] pred;
    /** For a mentor node: the index, in its predecessor's candidate list, of the arc that reached it. */
    private final int[] predEdge;
    private final int[] settled;
    private int settledCount;
    private int stamp;
    private final NodeHeap heap;

    /**
     * @param mentors per resident, its candidate mentors (the costs know each arc's profit)
     * @param seats   per mentor, the seats open to the routed residents
     * @param fixed   per resident, whether it is left out (e.g. pinned: its seat is already taken off {@code seats})
     */
    AssignmentFlow(int[][] mentors, C costs, int[] seats, boolean[] fixed) {
        this.mentors = mentors;
        this.costs = costs;
        this.fixed = fixed;
        residents = mentors.length;
        this.seats = new Seats(residents, seats);
        mentorOf = this.seats.mentorOf;
        assignedEdge = this.seats.assignedEdge;
        cap = this.seats.cap;
        load = this.seats.load;
        slotStart = this.seats.slotStart;
        slot = this.seats.slot;
        int nodes = residents + seats.length;
        seen = new int[nodes];
        pred = new int[nodes];
        predEdge = new int[nodes];
        settled = new int[nodes];
        heap = new NodeHeap(costs.words());
    }

    /** Routes every resident that is not fixed, in index order. */
    AssignmentFlow<C> run() {
        for (int r = 0; r < residents; r++) {
            if (!fixed[r]) {
                place(r);
            }
        }
        return this;
    }

    /** The mentor of each routed resident ({@link Matching#UNMATCHED} for fixed and unmatched ones). */
    int[] mentorOf() {
        return mentorOf;
    }

    /** Routes resident s by the cheapest augmenting path: a mentor's free seat, or someone's unmatched outlet. */
    private void place(int s) {
        stamp++;
        settledCount = 0;
        heap.clear();
        costs.startSearch(s, mentors[s]);
        relax(s, -1, -1);
        int end = s;
        while (!heap.isEmpty() && costs.heapMinBelowBest(heap)) {
            int node = heap.minNode();
            boolean stale = costs.heapMinStale(heap, node);
            heap.pop();
            if (stale) {
                continue;
            }
            settled[settledCount++] = node;
            costs.expand(node);
            if (node < residents) {
                if (node != s && costs.takeOutlet()) {
                    end = node;
                }
                int[] list = mentors[node];
                for (int i = 0; i < list.length; i++) {
                    if (list[i] != mentorOf[node] && costs.stageArcToMentor(i, residents + list[i])) {
                        relax(residents + list[i], node, i);
                    }
                }
            } else {
                int m = node - residents;
                if (load[m] < cap[m] && costs.takeOutlet()) {
                    end = node;
                }
                for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
                    int r = slot[j];
                    if (costs.stageArcToResident(r, assignedEdge[r])) {
                        relax(r, node, -1);
                    }
                }
            }
        }
        for (int i = 0; i < settledCount; i++) {
            costs.settle(settled[i]);
        }
        seats.augment(s, end, pred, predEdge);
    }

    /** Reaches node at the staged distance unless it was reached as cheaply already in this search. */
    private void relax(int node, int from, int edge) {
        if (seen[node] == stamp && !costs.stagedBelowDistance(node)) {
            return;
        }
        seen[node] = stamp;
        pred[node] = from;
        predEdge[node] = edge;
        costs.reach(node, heap);
    }
}
