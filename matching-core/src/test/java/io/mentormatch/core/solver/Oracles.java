package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import io.mentormatch.core.scoring.PairScorer;

/** Independent answers to check the solvers against: brute force and a library min-cost flow. */
public final class Oracles {

    /** The linear objective of a matching: residents matched first, then the sum of pair scores. */
    public record Value(int matched, long pairScoreSum) implements Comparable<Value> {

        public static Value of(PairScorer scorer, Matching matching) {
            return new Value(matching.matched(), matching.pairScoreSum(scorer));
        }

        @Override
        public int compareTo(Value other) {
            return matched != other.matched ? Integer.compare(matched, other.matched)
                    : Long.compare(pairScoreSum, other.pairScoreSum);
        }
    }

    interface Visitor {
        void visit(int[] mentorOf);
    }

    private Oracles() {
    }

    /** Calls the visitor with every feasible matching: compatible pairs, capacity held, pins kept. */
    static void enumerate(PairScorer scorer, Visitor visitor) {
        int[] mentorOf = new int[scorer.residentCount()];
        enumerate(scorer, 0, mentorOf, new int[scorer.mentorCount()], visitor);
    }

    private static void enumerate(PairScorer scorer, int r, int[] mentorOf, int[] load, Visitor visitor) {
        if (r == mentorOf.length) {
            visitor.visit(mentorOf.clone());
            return;
        }
        int pinned = scorer.pinnedMentor(r);
        for (int m = -1; m < scorer.mentorCount(); m++) {
            boolean seated = m >= 0 && load[m] < scorer.capacity(m);
            boolean allowed = pinned >= 0 ? m == pinned && seated : m == -1 || (seated && scorer.compatible(r, m));
            if (!allowed) {
                continue;
            }
            mentorOf[r] = m;
            if (m >= 0) {
                load[m]++;
            }
            enumerate(scorer, r + 1, mentorOf, load, visitor);
            if (m >= 0) {
                load[m]--;
            }
        }
    }

    static Value bruteForceOptimum(PairScorer scorer) {
        Value[] best = {null};
        enumerate(scorer, mentorOf -> {
            Value value = Value.of(scorer, new Matching(mentorOf));
            if (best[0] == null || value.compareTo(best[0]) > 0) {
                best[0] = value;
            }
        });
        return best[0];
    }

    /**
     * The optimum by JGraphT's capacity-scaling min-cost flow: source → resident (1) → mentor (capacity) → sink,
     * plus an "unmatched" arc resident → sink whose cost outweighs any difference in pair scores. Pinned residents
     * are matched outside the network and take a seat of their mentor.
     */
    public static Value minCostFlowOptimum(PairScorer scorer) {
        int residents = scorer.residentCount();
        int mentors = scorer.mentorCount();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int r = 0; r < residents; r++) {
            for (int m = 0; m < mentors; m++) {
                if (scorer.compatible(r, m)) {
                    min = Math.min(min, scorer.score(r, m));
                    max = Math.max(max, scorer.score(r, m));
                }
            }
        }
        long spread = min > max ? 0 : Math.abs((long) max) + Math.abs((long) min);
        double unmatchedCost = (residents + 1) * spread + 1 + Math.max(0, max);
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = residents + mentors;
        int sink = source + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int[] seats = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            seats[m] = scorer.capacity(m);
        }
        int free = 0;
        for (int r = 0; r < residents; r++) {
            int pinned = scorer.pinnedMentor(r);
            if (pinned >= 0) {
                seats[pinned]--;
                continue;
            }
            free++;
            arc(graph, capacity, source, r, 0, 1);
            arc(graph, capacity, r, sink, unmatchedCost, 1);
            for (int m = 0; m < mentors; m++) {
                if (scorer.compatible(r, m)) {
                    arc(graph, capacity, r, residents + m, Math.max(0, max) - scorer.score(r, m), 1);
                }
            }
        }
        for (int m = 0; m < mentors; m++) {
            if (seats[m] > 0) {
                arc(graph, capacity, residents + m, sink, 0, seats[m]);
            }
        }
        int supply = free;
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> v == source ? supply : v == sink ? -supply : 0, capacity::get);
        Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(problem).getFlowMap();
        int[] mentorOf = new int[residents];
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        for (int r = 0; r < residents; r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                mentorOf[r] = scorer.pinnedMentor(r);
            }
        }
        flow.forEach((edge, units) -> {
            int from = graph.getEdgeSource(edge);
            int to = graph.getEdgeTarget(edge);
            if (units > 0.5 && from < residents && to >= residents && to < source) {
                mentorOf[from] = to - residents;
            }
        });
        return Value.of(scorer, new Matching(mentorOf));
    }

    private static void arc(Graph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> capacity,
                            int from, int to, double cost, int units) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        capacity.put(edge, units);
    }
}
