package io.mentormatch.core.solver;

/**
 * Successive shortest paths for a transportation problem resident → mentor (seats) with a private "unmatched"
 * outlet of profit 0 per resident, maximising the sum of the arc profits: one resident at a time, a Dijkstra over
 * the residual network that stops as soon as the cheapest outlet (a free seat, or the unmatched outlet of a resident
 * it displaces) is settled. Nodes: residents 0..R-1, mentors R..R+M-1 and an implicit sink with potential 0. Arc
 * costs are negated profits; potentials keep every residual arc's reduced cost non-negative, so each search is a
 * Dijkstra, and at the end they are LP duals ({@link #residentProfit}, {@link #mentorPrice}).
 * <p>
 * {@link ExactAssignment} solves with it (profit = pair score + the match bonus), and so does
 * {@link MinimalChangeRematch} (plus a bonus for keeping a current pair).
 */
final class AssignmentFlow {

    final int[][] mentors;
    final long[][] profit;
    final boolean[] fixed;
    final int residents;
    /** Node potentials; for a routed resident its LP dual, for a mentor its negated price; the sink's is 0. */
    final long[] potential;
    final Seats seats;
    private final int[] mentorOf;
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
    private final NodeHeap heap = new NodeHeap();

    /**
     * @param mentors per resident, its candidate mentors
     * @param profit  per resident, the profit of each candidate arc
     * @param seats   per mentor, the seats open to the routed residents
     * @param fixed   per resident, whether it is left out (e.g. pinned: its seat is already taken off {@code seats})
     */
    AssignmentFlow(int[][] mentors, long[][] profit, int[] seats, boolean[] fixed) {
        this.mentors = mentors;
        this.profit = profit;
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
        potential = new long[nodes];
        dist = new long[nodes];
        seen = new int[nodes];
        pred = new int[nodes];
        predEdge = new int[nodes];
        settled = new int[nodes];
    }

    /** Routes every resident that is not fixed, in index order. */
    AssignmentFlow run() {
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

    /** The index in r's candidate list of its mentor (valid when r is matched). */
    int assignedEdge(int r) {
        return assignedEdge[r];
    }

    /** The sum of the profits of the chosen arcs. */
    long value() {
        long value = 0;
        for (int r = 0; r < residents; r++) {
            if (mentorOf[r] != Matching.UNMATCHED) {
                value += profit[r][assignedEdge[r]];
            }
        }
        return value;
    }

    /** Routes resident s by the cheapest augmenting path: a mentor's free seat, or someone's unmatched outlet. */
    private void place(int s) {
        long start = 0;
        for (int i = 0; i < mentors[s].length; i++) {
            start = Math.max(start, potential[residents + mentors[s][i]] + profit[s][i]);
        }
        potential[s] = start;
        stamp++;
        settledCount = 0;
        heap.clear();
        visit(s, 0, -1, -1);
        long best = potential[s];
        int end = s;
        while (!heap.isEmpty()) {
            long d = heap.minKey();
            int node = heap.minNode();
            heap.pop();
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
                long[] gain = profit[node];
                for (int i = 0; i < list.length; i++) {
                    int m = list[i];
                    if (m != mentorOf[node]) {
                        int target = residents + m;
                        long nd = d - gain[i] + potential[node] - potential[target];
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
                    long nd = d + profit[r][assignedEdge[r]] + potential[node] - potential[r];
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
        seats.augment(s, end, pred, predEdge);
    }

    private void visit(int node, long d, int from, int edge) {
        if (seen[node] == stamp && dist[node] <= d) {
            return;
        }
        seen[node] = stamp;
        dist[node] = d;
        pred[node] = from;
        predEdge[node] = edge;
        heap.push(d, node);
    }

    /**
     * The resident's LP dual: its potential (0 for fixed residents), never below 0 (an unmatched resident's potential
     * may be: clamping keeps its arcs feasible and it carries no pair).
     */
    long residentProfit(int r) {
        return fixed[r] ? 0 : Math.max(0, potential[r]);
    }

    /** The mentor's LP dual: the negated potential, never below 0 (only a mentor with a free seat may be). */
    long mentorPrice(int m) {
        return Math.max(0, -potential[residents + m]);
    }

    int residualCapacity(int m) {
        return cap[m];
    }
}
