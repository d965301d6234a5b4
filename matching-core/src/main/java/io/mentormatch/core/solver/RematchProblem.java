package io.mentormatch.core.solver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScorer;

/**
 * The flow model of {@link MinimalChangeRematch}. Residents are needing (they must change mentor), fixed (accepted,
 * they stay) or others (they may move, each move counts against k). Every pair a resident may take earns, in one
 * linear objective of decreasing weights: {@code C} when the resident had a mentor (so nobody is left without one),
 * then the match bonus {@code B} (as many residents matched as possible), then the pair score. The Lagrangian bonus
 * λ for keeping a current pair sits between {@code C} and {@code B} at its largest ({@code LAMBDA_MAX}), where the
 * flow keeps as many pairs as it can.
 * <p>
 * A branch-and-bound node fixes some others in place ("stay") and forces some to move ("must move", each using one of
 * the k moves). Its Lagrangian bound: any pairing of the node with at most k moves keeps at least
 * {@code F − (k − mustMove)} of the F free others' pairs, so its value is at most {@code g(λ) − λ × (F − k + mustMove)}
 * where g(λ) is the flow's optimum with bonus λ.
 */
final class RematchProblem {

    /** The best pairing found and whether it is proven optimal. */
    record Outcome(int[] mentorOf, long value, boolean optimal) {
    }

    private record Solution(int[] mentorOf, long value, int kept, int moves, boolean keepsEveryoneMatched) {
    }

    private record Node(boolean[] stay, boolean[] mustMove) {

        int forcedMoves() {
            int count = 0;
            for (boolean b : mustMove) {
                count += b ? 1 : 0;
            }
            return count;
        }
    }

    private final PairScorer scorer;
    private final int residents;
    private final int[] current;
    private final boolean[] needing;
    private final boolean[] fixed;
    /** Per resident, the mentors it may take (needing: not its current one nor a forbidden one). */
    private final int[][] allowed;
    /** Per resident, the index of its current mentor in {@code allowed}, or -1. */
    private final int[] currentArc;
    private final long[][] baseProfit;
    private final int[] seats;
    private final int maxMoves;
    private final long lambdaMax;
    /** C: the weight of keeping a resident who had a mentor matched. */
    private final long keepMatched;

    private RematchProblem(PairScorer scorer, int[] current, boolean[] needing, boolean[] fixed, int[][] allowed,
                           int[] currentArc, long[][] baseProfit, int[] seats, int maxMoves, long lambdaMax,
                           long keepMatched) {
        this.scorer = scorer;
        this.residents = current.length;
        this.current = current;
        this.needing = needing;
        this.fixed = fixed;
        this.allowed = allowed;
        this.currentArc = currentArc;
        this.baseProfit = baseProfit;
        this.seats = seats;
        this.maxMoves = maxMoves;
        this.lambdaMax = lambdaMax;
        this.keepMatched = keepMatched;
    }

    static RematchProblem of(PairScorer scorer, MinimalChangeRematch.Request request) {
        int residents = scorer.residentCount();
        int[] current = new int[residents];
        boolean[] needing = new boolean[residents];
        boolean[] fixed = new boolean[residents];
        for (int r = 0; r < residents; r++) {
            ResidentId id = scorer.resident(r).id();
            MentorId mentor = request.current().get(id);
            current[r] = mentor != null ? scorer.mentorIndex(mentor) : scorer.pinnedMentor(r);
            needing[r] = request.needing().containsKey(id);
        }
        for (int r : MinimalChangeRematch.fixedResidents(scorer, request)) {
            fixed[r] = current[r] != Matching.UNMATCHED;
        }
        int[][] allowed = new int[residents][];
        int[] currentArc = new int[residents];
        int routed = 0;
        int maxAbs = 1;
        for (int r = 0; r < residents; r++) {
            allowed[r] = allowedMentors(scorer, r, current[r], needing[r],
                    needing[r] ? request.needing().get(scorer.resident(r).id()) : Set.of());
            currentArc[r] = -1;
            for (int i = 0; i < allowed[r].length; i++) {
                maxAbs = Math.max(maxAbs, Math.abs(scorer.score(r, allowed[r][i])));
                if (allowed[r][i] == current[r]) {
                    currentArc[r] = i;
                }
            }
            routed += fixed[r] ? 0 : 1;
        }
        // weights: score < B (one more matched) < λ at most LAMBDA_MAX (one more kept) < C (nobody loses a mentor)
        long spread = 2L * maxAbs;
        long bonus = (routed + 1L) * spread + 1;
        long lambdaMax = Math.addExact(Math.multiplyExact(routed + 1L, bonus + spread), 1);
        long keep = Math.addExact(Math.multiplyExact(routed + 1L, lambdaMax + bonus + spread), 1);
        // paths and potentials add up at most a few profits per node: refuse sizes where they could overflow
        Math.multiplyExact(4L * (routed + scorer.mentorCount() + 2L), keep + lambdaMax + bonus + spread);
        long[][] baseProfit = new long[residents][];
        for (int r = 0; r < residents; r++) {
            baseProfit[r] = new long[allowed[r].length];
            boolean hadMentor = !needing[r] && current[r] != Matching.UNMATCHED;
            for (int i = 0; i < allowed[r].length; i++) {
                baseProfit[r][i] = scorer.score(r, allowed[r][i]) + bonus + (hadMentor ? keep : 0);
            }
        }
        int[] seats = new int[scorer.mentorCount()];
        int[] held = new int[scorer.mentorCount()];
        for (int r = 0; r < residents; r++) {
            if (!needing[r] && current[r] != Matching.UNMATCHED) {
                held[current[r]]++;
            }
        }
        for (int m = 0; m < seats.length; m++) {
            // the status quo of the others is always allowed, even where a mentor's capacity has since dropped
            seats[m] = Math.max(scorer.capacity(m), held[m]);
        }
        return new RematchProblem(scorer, current, needing, fixed, allowed, currentArc, baseProfit, seats,
                request.maxOtherMoves(), lambdaMax, keep);
    }

    private static int[] allowedMentors(PairScorer scorer, int r, int current, boolean needing,
                                        Set<MentorId> forbidden) {
        int[] list = new int[scorer.mentorCount()];
        int size = 0;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            boolean ok = needing
                    ? m != current && scorer.compatible(r, m) && !forbidden.contains(scorer.mentor(m).id())
                    : m == current || scorer.compatible(r, m);
            if (ok) {
                list[size++] = m;
            }
        }
        return Arrays.copyOf(list, size);
    }

    int current(int r) {
        return current[r];
    }

    boolean needing(int r) {
        return needing[r];
    }

    /** Depth-first branch and bound from the root; every node is solved by a search over λ. */
    Outcome solve(int maxNodes) {
        Deque<Node> open = new ArrayDeque<>();
        open.push(new Node(fixed.clone(), new boolean[residents]));
        Solution best = null;
        int nodes = 0;
        while (!open.isEmpty()) {
            if (nodes++ >= maxNodes) {
                break;
            }
            Node node = open.pop();
            Bounded bounded = solve(node);
            if (bounded == null) {
                continue;
            }
            if (best == null || bounded.feasible.value > best.value) {
                best = bounded.feasible;
            }
            if (bounded.upperBound <= best.value || bounded.infeasible == null) {
                continue;
            }
            int r = branchResident(node, bounded);
            if (node.forcedMoves() < maxMoves) {
                boolean[] mustMove = node.mustMove.clone();
                mustMove[r] = true;
                open.push(new Node(node.stay, mustMove));
            }
            boolean[] stay = node.stay.clone();
            stay[r] = true;
            open.push(new Node(stay, node.mustMove));
        }
        if (best == null) {
            // cannot happen: the root keeps everyone else in place and is always feasible
            throw new IllegalStateException("no pairing keeps the others in place");
        }
        return new Outcome(best.mentorOf, best.value, open.isEmpty());
    }

    private record Bounded(Solution feasible, Solution infeasible, long upperBound) {
    }

    /** @return null when no pairing of the node keeps everyone matched with at most k moves */
    private Bounded solve(Node node) {
        if (node.forcedMoves() == maxMoves) {
            // no move left: every free other stays, one flow settles the node (k = 0 at the root)
            boolean[] stay = node.stay.clone();
            for (int r = 0; r < residents; r++) {
                stay[r] |= isOther(r) && !node.mustMove[r];
            }
            Solution only = route(new Node(stay, node.mustMove), 0);
            return only.keepsEveryoneMatched && only.moves <= maxMoves ? new Bounded(only, null, only.value) : null;
        }
        Solution free = route(node, 0);
        if (!free.keepsEveryoneMatched) {
            return null;
        }
        if (free.moves <= maxMoves) {
            return new Bounded(free, null, free.value);
        }
        Solution strict = route(node, lambdaMax);
        if (strict.moves > maxMoves) {
            return null;
        }
        int others = 0;
        for (int r = 0; r < residents; r++) {
            others += isOther(r) && !node.stay[r] && !node.mustMove[r] ? 1 : 0;
        }
        long mustKeep = others - (maxMoves - node.forcedMoves());
        long bound = Math.min(bound(free, 0, mustKeep), bound(strict, lambdaMax, mustKeep));
        long lo = 0;
        long hi = lambdaMax;
        Solution below = free;
        Solution above = strict;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            Solution at = route(node, mid);
            bound = Math.min(bound, bound(at, mid, mustKeep));
            if (at.moves <= maxMoves) {
                hi = mid;
                above = at;
            } else {
                lo = mid;
                below = at;
            }
        }
        return new Bounded(above, below, bound);
    }

    /** The Lagrangian bound g(λ) − λ × mustKeep. */
    private static long bound(Solution at, long lambda, long mustKeep) {
        return at.value + lambda * (at.kept - mustKeep);
    }

    /** A resident that moves below the λ found but not above it: one that the move limit is about. */
    private int branchResident(Node node, Bounded bounded) {
        int fallback = -1;
        for (int r = 0; r < residents; r++) {
            if (!isOther(r) || node.stay[r] || node.mustMove[r]) {
                continue;
            }
            boolean movesBelow = bounded.infeasible.mentorOf[r] != current[r];
            boolean movesAbove = bounded.feasible.mentorOf[r] != current[r];
            if (movesBelow && !movesAbove) {
                return r;
            }
            if ((movesBelow || movesAbove) && fallback < 0) {
                fallback = r;
            }
        }
        return fallback;
    }

    private boolean isOther(int r) {
        return !needing[r] && !fixed[r];
    }

    /** Solves the node's flow with bonus λ for each kept pair of a free other resident. */
    private Solution route(Node node, long lambda) {
        int[][] mentors = new int[residents][];
        long[][] profit = new long[residents][];
        boolean[] out = new boolean[residents];
        int[] seatsLeft = seats.clone();
        for (int r = 0; r < residents; r++) {
            out[r] = node.stay[r];
            if (out[r]) {
                if (current[r] != Matching.UNMATCHED) {
                    seatsLeft[current[r]] = Math.max(0, seatsLeft[current[r]] - 1);
                }
                mentors[r] = new int[0];
                profit[r] = new long[0];
                continue;
            }
            mentors[r] = allowed[r];
            profit[r] = baseProfit[r].clone();
            if (!isOther(r)) {
                continue;
            }
            if (node.mustMove[r]) {
                if (currentArc[r] >= 0) {
                    mentors[r] = without(allowed[r], currentArc[r]);
                    profit[r] = without(profit[r], currentArc[r]);
                } else {
                    // an unmatched resident forced to move must get a mentor: as binding as keeping one's mentor
                    for (int i = 0; i < profit[r].length; i++) {
                        profit[r][i] += keepMatched;
                    }
                }
            } else if (current[r] != Matching.UNMATCHED) {
                profit[r][currentArc[r]] += lambda;
            } else {
                for (int i = 0; i < profit[r].length; i++) {
                    profit[r][i] -= lambda;
                }
            }
        }
        AssignmentFlow<ScalarCosts> flow = new AssignmentFlow<>(mentors, new ScalarCosts(profit, 0, seatsLeft.length),
                seatsLeft, out).run();
        int[] mentorOf = flow.mentorOf().clone();
        long value = 0;
        int kept = 0;
        int moves = 0;
        boolean everyoneMatched = true;
        for (int r = 0; r < residents; r++) {
            if (out[r]) {
                mentorOf[r] = current[r];
            } else if (mentorOf[r] != Matching.UNMATCHED) {
                value += baseProfit[r][Arrays.binarySearch(allowed[r], mentorOf[r])];
            }
            if ((isOther(r) && current[r] != Matching.UNMATCHED || node.mustMove[r])
                    && mentorOf[r] == Matching.UNMATCHED) {
                everyoneMatched = false;
            }
            if (isOther(r)) {
                boolean moved = mentorOf[r] != current[r];
                moves += moved ? 1 : 0;
                kept += !moved && !node.stay[r] && !node.mustMove[r] ? 1 : 0;
            }
        }
        return new Solution(mentorOf, value, kept, moves, everyoneMatched);
    }

    private static int[] without(int[] array, int index) {
        int[] copy = new int[array.length - 1];
        System.arraycopy(array, 0, copy, 0, index);
        System.arraycopy(array, index + 1, copy, index, copy.length - index);
        return copy;
    }

    private static long[] without(long[] array, int index) {
        long[] copy = new long[array.length - 1];
        System.arraycopy(array, 0, copy, 0, index);
        System.arraycopy(array, index + 1, copy, index, copy.length - index);
        return copy;
    }
}
