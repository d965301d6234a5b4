package io.mentormatch.core.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.integrity.IntegrityAudit;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.PeerLayer;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * What each matching mode would give a cohort, side by side, so that a director sees what a choice of mode costs:
 * optimal (the best total fit, load balance left out), stable (residents' best), stable mentor-optimal (mentors'
 * best: between them, the whole range of stable outcomes), rank-maximal and, when the cohort weighs load
 * balance, optimal with it. Every row is computed from that mode's own {@link MatchingResult} ({@link #outcome}), so
 * the run and review pages can show the same figures for a run's result.
 */
public final class ModeComparison {

    /** The row of optimal mode with the cohort's load-balance weight, shown when that weight is above 0. */
    public static final String LOAD_BALANCED = MatchingMode.OPTIMAL_LOAD_BALANCED.label();

    /** The JSON of the {@code compare} command: {@code {"modes": [...]}}. */
    public record Comparison(List<ModeOutcome> modes) {
    }

    /**
     * @param choiceProfile         matched, then the residents given each ranking position, then unranked
     * @param worstRank             the largest ranking position any resident was given (0 when none got a ranked
     *                              mentor; unranked pairs are counted in the profile, not here)
     * @param blockingPairs         against the stated preferences ({@code BlockingPairs})
     * @param idleMentors           accepting mentors with seats who got no mentee
     * @param priceVsOptimalPercent how far the pair-score total lies below optimal mode's, in % of it (0 for optimal;
     *                              negative when a mode that matches fewer residents has a higher total)
     * @param bySpecialty           per resident specialty, alphabetically
     * @param worstDeclineRepair    the most other residents a single decline makes move (integrity report, fragility)
     * @param couldGainByMisreport  residents found who could get a mentor they rank higher by misstating their list;
     *                              null when not searched (a cohort above {@link #MISREPORT_CHECK_ALL} residents)
     * @param checkedForMisreports  how many residents were checked for that: all, or the random sample of a run's
     *                              own report
     * @param misreportUpperBoundPercent for a sample, the share of all residents who could gain at most, with 95 %
     *                              confidence; null when every resident was checked
     */
    public record ModeOutcome(String mode, int matched, long pairScoreTotal, List<Integer> choiceProfile, int worstRank,
                              int blockingPairs, int idleMentors, double priceVsOptimalPercent,
                              Map<String, SpecialtyOutcome> bySpecialty, int worstDeclineRepair,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer couldGainByMisreport,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer checkedForMisreports,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double misreportUpperBoundPercent) {
    }

    /**
     * The comparison searches every mode for misreports that pay in cohorts up to this size, checking every
     * resident. Above it the search is left to each run's own report: in the stable modes every misreport is solved
     * again from scratch, which at 2,000 × 1,000 takes seconds per resident, too long for five modes side by side.
     */
    public static final int MISREPORT_CHECK_ALL = 100;

    /**
     * @param meanPairScore    over the matched residents of the specialty (0 when none is matched)
     * @param firstChoiceShare the share of the specialty's residents given their 1st choice
     * @param unmatchedShare   the share of the specialty's residents left unmatched
     */
    public record SpecialtyOutcome(int residents, double meanPairScore, double firstChoiceShare,
                                   double unmatchedShare) {
    }

    private ModeComparison() {
    }

    /**
     * The modes share the candidate scan and the exact assignment, which depend on neither the mode nor the
     * load-balance weight ({@link MatchingSolver#prepare}). Then the rows are solved at the same time: the
     * load-balanced row's local search runs for wall-clock time on one core, the others use what is left.
     *
     * With peer mentoring the rows compare the primary (faculty) layer, where the choice of mode matters most.
     *
     * @param timeLimit the local search's limit for the load-balanced row, as for a run
     */
    public static Comparison of(Cohort wholeCohort, Duration timeLimit) {
        Cohort cohort = PeerLayer.layer(wholeCohort, Layer.PRIMARY);
        boolean loadBalanced = cohort.weights().loadBalance() > 0;
        MatchingSolver.Prepared prepared = MatchingSolver.prepare(cohort);
        ExecutorService rows = Executors.newFixedThreadPool(3);
        try {
            Future<MatchingResult> balanced = loadBalanced
                    ? rows.submit(() -> solve(cohort, MatchingMode.OPTIMAL_LOAD_BALANCED, timeLimit, prepared)) : null;
            Future<MatchingResult> rankMaximal =
                    rows.submit(() -> solve(cohort, MatchingMode.RANK_MAXIMAL, timeLimit, prepared));
            Future<MatchingResult> stable = rows.submit(() -> solve(cohort, MatchingMode.STABLE, timeLimit, prepared));
            Future<MatchingResult> mentorOptimal =
                    rows.submit(() -> solve(cohort, MatchingMode.STABLE_MENTOR_OPTIMAL, timeLimit, prepared));
            MatchingResult optimal = solve(cohort, MatchingMode.OPTIMAL, timeLimit, prepared);
            long optimalTotal = optimal.pairScoreSum();
            List<ModeOutcome> modes = new ArrayList<>();
            modes.add(outcome(MatchingMode.OPTIMAL.label(), cohort, optimal, optimalTotal));
            modes.add(outcome(MatchingMode.STABLE.label(), cohort, await(stable), optimalTotal));
            modes.add(outcome(MatchingMode.STABLE_MENTOR_OPTIMAL.label(), cohort, await(mentorOptimal), optimalTotal));
            modes.add(outcome(MatchingMode.RANK_MAXIMAL.label(), cohort, await(rankMaximal), optimalTotal));
            if (balanced != null) {
                modes.add(outcome(LOAD_BALANCED, cohort, await(balanced), optimalTotal));
            }
            return new Comparison(List.copyOf(modes));
        } finally {
            rows.shutdownNow();
        }
    }

    private static MatchingResult await(Future<MatchingResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing modes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private static MatchingResult solve(Cohort cohort, MatchingMode mode, Duration timeLimit,
                                        MatchingSolver.Prepared prepared) {
        return new MatchingSolver(cohort, new SolveOptions(mode, timeLimit), prepared).solve(SolveProgress.NONE);
    }

    /**
     * The figures of one mode's result.
     *
     * @param result       a result of this cohort with its choice profile
     * @param optimalTotal the pair-score total of optimal mode, which the price is measured against
     */
    public static ModeOutcome outcome(String mode, Cohort cohort, MatchingResult result, long optimalTotal) {
        List<Integer> profile = result.choiceProfile();
        int worstRank = 0;
        for (int rank = 1; rank < profile.size() - 1; rank++) {
            if (profile.get(rank) > 0) {
                worstRank = rank;
            }
        }
        Set<MentorId> busy = new HashSet<>();
        Map<ResidentId, MatchingResult.Assignment> assignmentOf = new HashMap<>();
        for (MatchingResult.Assignment assignment : result.assignments()) {
            busy.add(MentorId.of(assignment.mentor()));
            assignmentOf.put(ResidentId.of(assignment.resident()), assignment);
        }
        int idle = 0;
        for (Mentor mentor : cohort.mentors()) {
            if (mentor.effectiveCapacity() > 0 && !busy.contains(mentor.id())) {
                idle++;
            }
        }
        long total = result.pairScoreSum();
        double price = optimalTotal <= 0 ? 0.0 : round(100.0 * (optimalTotal - total) / optimalTotal, 100);
        IntegrityReport integrity = result.integrity();
        int worstDecline = integrity != null ? integrity.fragility().maxOthersMoved()
                : IntegrityAudit.fragility(cohort, result).maxOthersMoved();
        IntegrityReport.Gaming gaming = integrity != null ? integrity.gaming()
                : cohort.residents().size() <= MISREPORT_CHECK_ALL
                ? IntegrityAudit.gaming(cohort, result, MISREPORT_CHECK_ALL, 0) : null;
        return new ModeOutcome(mode, result.assignments().size(), total, profile, worstRank, result.blockingPairs(),
                idle, price, bySpecialty(cohort, assignmentOf), worstDecline,
                gaming == null ? null : gaming.couldGain(), gaming == null ? null : gaming.residentsChecked(),
                gaming == null ? null : gaming.upperBoundPercent());
    }

    private static Map<String, SpecialtyOutcome> bySpecialty(Cohort cohort,
                                                             Map<ResidentId, MatchingResult.Assignment> assignmentOf) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Long> scoreSums = new HashMap<>();
        for (Resident resident : cohort.residents()) {
            // residents, matched, 1st choices
            int[] count = counts.computeIfAbsent(resident.specialty(), s -> new int[3]);
            count[0]++;
            MatchingResult.Assignment assignment = assignmentOf.get(resident.id());
            if (assignment != null) {
                count[1]++;
                scoreSums.merge(resident.specialty(), (long) assignment.pairScore(), Long::sum);
                if (!resident.ranking().isEmpty() && resident.ranking().get(0).value().equals(assignment.mentor())) {
                    count[2]++;
                }
            }
        }
        Map<String, SpecialtyOutcome> outcomes = new TreeMap<>();
        counts.forEach((specialty, count) -> outcomes.put(specialty, new SpecialtyOutcome(count[0],
                count[1] == 0 ? 0.0 : round((double) scoreSums.get(specialty) / count[1], 100),
                round((double) count[2] / count[0], 10_000), round((double) (count[0] - count[1]) / count[0], 10_000))));
        return outcomes;
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
