package io.mentormatch.core.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.explain.UnmatchedExplainer;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Minimal-change re-match: some residents need a new mentor after proposals went out or after publication (a
 * decline, a change of mentor); the director allows at most k other residents to move (default 0). Among the
 * pairings that keep every other resident where they are but for at most k, it finds the best one: the most residents
 * matched, then the largest sum of pair scores. Nobody with an accepted pairing moves unless the request names them,
 * and a resident who has a mentor is never left without one to make room for someone else.
 * <p>
 * Exact, by {@link AssignmentFlow} on every compatible pair with a bonus λ for keeping a current pair (Lagrangian
 * relaxation of "at most k move"): the number of moves falls as λ grows, so a binary search finds the smallest λ
 * at which at most k move, and every λ tried gives an upper bound. When that bound is not reached (the moves jump
 * past k as λ falls), a branch and bound on single residents ("stays" / "moves") closes the gap; see
 * docs/matching-model.md. See {@link Request} and {@link Result}.
 */
public final class MinimalChangeRematch {

    /** Branch-and-bound nodes at most; beyond them the best pairing found is returned with {@code optimal} false. */
    static final int MAX_NODES = 500;

    /**
     * @param current               every resident's current mentor (residents absent here have none)
     * @param accepted              residents whose current pairing is accepted: they stay unless also in
     *                              {@code acceptedMayMove} (the cohort's pins count as accepted)
     * @param needing               the residents who need a new mentor, each with the mentors they must not get (their
     *                              current mentor is excluded anyway)
     * @param maxOtherMoves         k: how many other residents may change mentor (default 0)
     * @param acceptedMayMove       accepted residents the director explicitly lets move
     */
    public record Request(Cohort cohort, Map<ResidentId, MentorId> current, Set<ResidentId> accepted,
                          Map<ResidentId, Set<MentorId>> needing, int maxOtherMoves, Set<ResidentId> acceptedMayMove) {

        public Request {
            Objects.requireNonNull(cohort, "cohort");
            current = Map.copyOf(current);
            accepted = Set.copyOf(accepted);
            needing = Map.copyOf(needing);
            acceptedMayMove = Set.copyOf(acceptedMayMove);
            if (maxOtherMoves < 0) {
                throw new IllegalArgumentException("maxOtherMoves must be at least 0, got " + maxOtherMoves);
            }
        }

        /** Nobody else moves, no accepted pairing is touched. */
        public static Request of(Cohort cohort, Map<ResidentId, MentorId> current, Set<ResidentId> accepted,
                                 Map<ResidentId, Set<MentorId>> needing) {
            return new Request(cohort, current, accepted, needing, 0, Set.of());
        }

        public Request allowingMoves(int k) {
            return new Request(cohort, current, accepted, needing, k, acceptedMayMove);
        }

        public Request allowingAcceptedToMove(Set<ResidentId> residents) {
            return new Request(cohort, current, accepted, needing, maxOtherMoves, residents);
        }
    }

    /**
     * One resident whose mentor changes.
     *
     * @param from        the mentor before, null when none
     * @param to          the mentor after, null when none (only a resident who needed a new mentor ends without)
     * @param scoreChange the pair score after less the one before (a missing pair scores 0)
     * @param needed      whether the resident was one of those needing a new mentor (false: one of the k others)
     * @param reasons     why the new pair fits ({@link PairExplainer}), or why no mentor was found
     */
    public record Move(ResidentId resident, MentorId from, MentorId to, int scoreBefore, int scoreAfter,
                       int scoreChange, boolean needed, List<String> reasons) {
    }

    /**
     * @param pairing          every matched resident's mentor after the re-match
     * @param moves            the residents who needed a new mentor first, then the others who move
     * @param othersMoved      how many residents besides those needing a new mentor move (at most k)
     * @param pairScoreChange  the sum of the moves' score changes
     * @param optimal          whether the pairing is proven the best with at most k others moved (false only when
     *                         the branch and bound hit its node limit)
     */
    public record Result(Map<ResidentId, MentorId> pairing, List<Move> moves, int othersMoved, int matched,
                         long pairScoreTotal, long pairScoreChange, boolean optimal) {
    }

    private MinimalChangeRematch() {
    }

    public static Result solve(Request request) {
        PairScorer scorer = PairScorer.of(request.cohort());
        RematchProblem problem = RematchProblem.of(scorer, request);
        RematchProblem.Outcome outcome = problem.solve(MAX_NODES);
        return result(scorer, problem, outcome);
    }

    private static Result result(PairScorer scorer, RematchProblem problem, RematchProblem.Outcome outcome) {
        int[] after = outcome.mentorOf();
        PairExplainer explainer = new PairExplainer(scorer);
        UnmatchedExplainer unmatched = new UnmatchedExplainer(scorer);
        int[] loads = new Matching(after).loads(scorer.mentorCount());
        Map<ResidentId, MentorId> pairing = new LinkedHashMap<>();
        List<Move> needed = new ArrayList<>();
        List<Move> others = new ArrayList<>();
        long total = 0;
        long change = 0;
        int matched = 0;
        for (int r = 0; r < scorer.residentCount(); r++) {
            int before = problem.current(r);
            int now = after[r];
            if (now != Matching.UNMATCHED) {
                pairing.put(scorer.resident(r).id(), scorer.mentor(now).id());
                total += scorer.score(r, now);
                matched++;
            }
            if (now == before && !problem.needing(r)) {
                continue;
            }
            int scoreBefore = before == Matching.UNMATCHED ? 0 : scorer.score(r, before);
            int scoreAfter = now == Matching.UNMATCHED ? 0 : scorer.score(r, now);
            change += scoreAfter - scoreBefore;
            List<String> reasons = now == Matching.UNMATCHED ? List.of(unmatched.reason(r, loads))
                    : explainer.reasons(r, now);
            Move move = new Move(scorer.resident(r).id(),
                    before == Matching.UNMATCHED ? null : scorer.mentor(before).id(),
                    now == Matching.UNMATCHED ? null : scorer.mentor(now).id(), scoreBefore, scoreAfter,
                    scoreAfter - scoreBefore, problem.needing(r), reasons);
            (problem.needing(r) ? needed : others).add(move);
        }
        List<Move> moves = new ArrayList<>(needed);
        moves.addAll(others);
        return new Result(pairing, List.copyOf(moves), others.size(), matched, total, change, outcome.optimal());
    }

    /** Residents (by index) the request fixes in place: accepted or pinned, not needing, not let move. */
    static Set<Integer> fixedResidents(PairScorer scorer, Request request) {
        Set<ResidentId> accepted = new HashSet<>(request.accepted());
        for (Pair pin : request.cohort().pinned()) {
            accepted.add(pin.resident());
        }
        Set<Integer> fixed = new HashSet<>();
        for (ResidentId id : accepted) {
            if (!request.needing().containsKey(id) && !request.acceptedMayMove().contains(id)) {
                fixed.add(scorer.residentIndex(id));
            }
        }
        return fixed;
    }
}
