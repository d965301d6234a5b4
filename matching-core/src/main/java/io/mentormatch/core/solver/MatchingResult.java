package io.mentormatch.core.solver;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.mentormatch.core.integrity.IntegrityReport;

/**
 * What a matching run produced, as written to the result file of cohort-format.md.
 *
 * @param blockingPairs how many pairs block against the stated preferences ({@link BlockingPairs})
 * @param choiceProfile {@link ChoiceProfile}: matched, then the residents given each ranking position, then unranked;
 *                      null in results stored before it existed
 * @param families      the mentoring families ({@link Families}); null in a one-to-one cohort
 * @param peerLayer     in a cohort with peer mentoring, the peer layer's own result (this one is then the primary
 *                      layer's); null otherwise
 * @param integrity     the integrity report of the (primary layer's) matching; null until audited
 */
public record MatchingResult(String mode, String score, boolean feasible, Bound bound,
                             List<Assignment> assignments, List<Unassigned> unassigned,
                             int blockingPairs, List<Integer> choiceProfile, Stats stats,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<Family> families,
                             @JsonInclude(JsonInclude.Include.NON_NULL) MatchingResult peerLayer,
                             @JsonInclude(JsonInclude.Include.NON_NULL) IntegrityReport integrity) {

    /** A result without its integrity report, as the solver returns it. */
    public MatchingResult(String mode, String score, boolean feasible, Bound bound, List<Assignment> assignments,
                          List<Unassigned> unassigned, int blockingPairs, List<Integer> choiceProfile, Stats stats,
                          List<Family> families, MatchingResult peerLayer) {
        this(mode, score, feasible, bound, assignments, unassigned, blockingPairs, choiceProfile, stats, families,
                peerLayer, null);
    }

    /** This result with its integrity report ({@link io.mentormatch.core.integrity.IntegrityAudit}). */
    public MatchingResult withIntegrity(IntegrityReport report) {
        return new MatchingResult(mode, score, feasible, bound, assignments, unassigned, blockingPairs,
                choiceProfile, stats, families, peerLayer, report);
    }

    /** A one-layer result. */
    public MatchingResult(String mode, String score, boolean feasible, Bound bound, List<Assignment> assignments,
                          List<Unassigned> unassigned, int blockingPairs, List<Integer> choiceProfile, Stats stats,
                          List<Family> families) {
        this(mode, score, feasible, bound, assignments, unassigned, blockingPairs, choiceProfile, stats, families,
                null);
    }

    /** This (primary-layer) result with the peer layer's result beside it. */
    public MatchingResult withPeerLayer(MatchingResult peer) {
        return new MatchingResult(mode, score, feasible, bound, assignments, unassigned, blockingPairs,
                choiceProfile, stats, families, peer, integrity);
    }

    /** A one-to-one result. */
    public MatchingResult(String mode, String score, boolean feasible, Bound bound, List<Assignment> assignments,
                          List<Unassigned> unassigned, int blockingPairs, List<Integer> choiceProfile, Stats stats) {
        this(mode, score, feasible, bound, assignments, unassigned, blockingPairs, choiceProfile, stats, null);
    }

    /** A result without a choice profile, as results were before rank-maximal mode. */
    public MatchingResult(String mode, String score, boolean feasible, Bound bound, List<Assignment> assignments,
                          List<Unassigned> unassigned, int blockingPairs, Stats stats) {
        this(mode, score, feasible, bound, assignments, unassigned, blockingPairs, null, stats);
    }

    /**
     * @param pairScoreUpperBound a proven upper bound on the sum of pair scores of any feasible matching that
     *                            matches as many residents as this one
     * @param gapPercent          how far the achieved sum of pair scores is below that bound
     */
    public record Bound(long pairScoreUpperBound, double gapPercent) {
    }

    public record Assignment(String resident, String mentor, int pairScore, List<String> reasons) {
    }

    public record Unassigned(String resident, String reason) {
    }

    public record Stats(int residents, int mentors, long solveMillis) {
    }

    /** @param commonHours hours of the week in which the mentor and every resident of the family are free */
    public record Family(String mentor, List<String> residents, int commonHours) {
    }

    public long pairScoreSum() {
        return assignments.stream().mapToLong(Assignment::pairScore).sum();
    }
}
