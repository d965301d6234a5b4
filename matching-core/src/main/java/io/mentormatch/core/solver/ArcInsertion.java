package io.mentormatch.core.solver;

import java.util.Arrays;

/**
 * Adds candidate arcs to a solved {@link AssignmentFlow} and keeps it optimal: the warm start of
 * {@link ExactAssignment}'s later pricing rounds, which add a few dozen pairs to 20,000 lists, instead of routing
 * every resident again.
 * <p>
 * Before a new arc r → m, every residual arc has a non-negative reduced cost (the flow is optimal on its lists). If
 * the new arc's reduced cost c is negative, every negative cycle runs through it: a Dijkstra from m over the
 * residual network (the sink included, with its reverse arcs to loaded mentors and unmatched residents) looks for
 * the shortest way back to r, up to −c. If there is none that short, shifting the potentials by the distances
 * (capped at −c) makes the arc tight and leaves every other arc non-negative. If there is, the cycle r → m ⇝ r is
 * negative: r takes a seat at m, each resident on the way moves to the next mentor (or the sink: unmatched), and
 * the same shift, capped at the distance to r, leaves every residual arc non-negative again. So after each arc the
 * flow and its potentials meet the same optimality conditions as after a cold solve, and pricing certifies the
 * result the same way.
 */
final class ArcInsertion {

    private final AssignmentFlow<ScalarCosts> flow;
    private final long[][] profit;
    private final Seats seats;
    private final int residents;
    private final int sink;
    private final long[] potential;
    private final long[] dist;
    private final int[] seen;
    private final int[] pred;
    private final int[] predEdge;
    private final int[] settled;
    private final NodeHeap heap = new NodeHeap();
    private int settledCount;
    private int stamp;

    ArcInsertion(AssignmentFlow<ScalarCosts> flow) {
        this.flow = flow;
        this.seats = flow.seats;
        this.residents = flow.residents;
        this.potential = flow.costs.potential;
        this.profit = flow.costs.profit;
        int nodes = residents + seats.cap.length + 1;
        sink = nodes - 1;
        dist = new long[nodes];
        seen = new int[nodes];
        pred = new int[nodes];
        predEdge = new int[nodes];
        settled = new int[nodes];
    }

    /** Appends mentor m with this profit to resident r's candidate list and restores optimality. */
    void add(int r, int m, long arcProfit) {
        int edge = flow.mentors[r].length;
        flow.mentors[r] = Arrays.copyOf(flow.mentors[r], edge + 1);
        flow.mentors[r][edge] = m;
        profit[r] = Arrays.copyOf(profit[r], edge + 1);
        profit[r][edge] = arcProfit;
        long reduced = potential[r] - arcProfit - potential[residents + m];
        if (flow.fixed[r] || reduced >= 0) {
            return;
        }
        long limit = -reduced;
        boolean closesCycle = false;
        stamp++;
        settledCount = 0;
        heap.clear();
        visit(residents + m, 0, -1, -1);
        while (!heap.isEmpty()) {
            long d = heap.minKey();
            int node = heap.minNode();
            heap.pop();
            if (d >= limit) {
                break;
            }
            if (d > dist[node]) {
                continue;
            }
            settled[settledCount++] = node;
            if (node == r) {
                limit = d;
                closesCycle = true;
                break;
            }
            expand(node, d, limit);
        }
        // the sink's potential is 0 between insertions: when it moves, every other one moves the other way instead
        long sinkShift = 0;
        for (int i = 0; i < settledCount; i++) {
            if (settled[i] == sink) {
                sinkShift = dist[sink] - limit;
            } else {
                potential[settled[i]] += dist[settled[i]] - limit;
            }
        }
        if (sinkShift != 0) {
            for (int node = 0; node < potential.length; node++) {
                potential[node] -= sinkShift;
            }
        }
        if (closesCycle) {
            moveAlongCycle(r, m, edge);
        }
    }

    private void expand(int node, long d, long limit) {
        long[] pot = potential;
        if (node < residents) {
            int[] list = flow.mentors[node];
            long[] gain = profit[node];
            for (int i = 0; i < list.length; i++) {
                if (list[i] != seats.mentorOf[node]) {
                    relax(residents + list[i], d - gain[i] + pot[node] - pot[residents + list[i]], limit, node, i);
                }
            }
            if (seats.mentorOf[node] != Matching.UNMATCHED) {
                relax(sink, d + pot[node], limit, node, -1);
            }
        } else if (node < sink) {
            int m = node - residents;
            for (int j = seats.slotStart[m]; j < seats.slotStart[m] + seats.load[m]; j++) {
                int r = seats.slot[j];
                relax(r, d + profit[r][seats.assignedEdge[r]] + pot[node] - pot[r], limit, node, -1);
            }
            if (seats.load[m] < seats.cap[m]) {
                relax(sink, d + pot[node], limit, node, -1);
            }
        } else {
            for (int m = 0; m < seats.cap.length; m++) {
                if (seats.load[m] > 0) {
                    relax(residents + m, d - pot[residents + m], limit, sink, -1);
                }
            }
            for (int r = 0; r < residents; r++) {
                if (!flow.fixed[r] && seats.mentorOf[r] == Matching.UNMATCHED) {
                    relax(r, d - pot[r], limit, sink, -1);
                }
            }
        }
    }

    private void relax(int node, long d, long limit, int from, int edge) {
        if (d < limit) {
            visit(node, d, from, edge);
        }
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
     * r → m, then the shortest path from m back to r: every resident on it takes the next node's seat (a mentor)
     * or leaves (the sink); a mentor or the sink before a resident is where that resident came from.
     */
    private void moveAlongCycle(int r, int m, int edge) {
        int count = 0;
        int[] moving = new int[16];
        int[] to = new int[16];
        int[] via = new int[16];
        for (int node = r; node != residents + m; node = pred[node]) {
            int from = pred[node];
            if (from < residents) {
                if (count == moving.length) {
                    moving = Arrays.copyOf(moving, 2 * count);
                    to = Arrays.copyOf(to, 2 * count);
                    via = Arrays.copyOf(via, 2 * count);
                }
                moving[count] = from;
                to[count] = node == sink ? Matching.UNMATCHED : node - residents;
                via[count++] = predEdge[node];
            }
        }
        if (seats.mentorOf[r] != Matching.UNMATCHED) {
            seats.unseat(r);
        }
        for (int i = 0; i < count; i++) {
            if (seats.mentorOf[moving[i]] != Matching.UNMATCHED) {
                seats.unseat(moving[i]);
            }
        }
        seats.seat(r, m, edge);
        for (int i = 0; i < count; i++) {
            if (to[i] != Matching.UNMATCHED) {
                seats.seat(moving[i], to[i], via[i]);
            }
        }
    }
}
