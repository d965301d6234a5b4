package io.mentormatch.core.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.BlockingPairs;
import io.mentormatch.core.solver.Matching;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.PeerLayer;
import io.mentormatch.core.solver.StatedPreferences;

/**
 * The integrity report of a matching ({@link IntegrityReport}), against the stated preferences
 * ({@link StatedPreferences}). With peer mentoring it audits the primary (faculty) layer, as the comparison does.
 */
public final class IntegrityAudit {

    /** Complaints listed in words at most; the count is always whole. */
    static final int MAX_EXAMPLES = 50;

    private IntegrityAudit() {
    }

    /** The report of a result of this cohort (its mode and its assignments). */
    public static IntegrityReport of(Cohort wholeCohort, MatchingResult result) {
        Cohort cohort = PeerLayer.layer(wholeCohort, Layer.PRIMARY);
        MatchingMode mode = MatchingMode.parse(result.mode());
        PairScorer scorer = PairScorer.of(mode.cohortFor(cohort));
        return of(mode, scorer, new Matching(mentorOf(scorer, result)));
    }

    /**
     * Only the fragility of a result (fast: a breadth-first search per pairing), for the comparison of modes, which
     * cannot afford the search for misreports in every mode.
     */
    public static IntegrityReport.Fragility fragility(Cohort wholeCohort, MatchingResult result) {
        Cohort cohort = PeerLayer.layer(wholeCohort, Layer.PRIMARY);
        PairScorer scorer = PairScorer.of(MatchingMode.parse(result.mode()).cohortFor(cohort));
        return DeclineRepair.fragility(scorer, mentorOf(scorer, result));
    }

    /**
     * Only the search for misreports that pay, on a smaller sample than a run's report takes: the comparison runs it
     * for every mode, where a run's report is one mode's.
     *
     * @param checkAll every resident is checked up to this many residents; above, {@code sample} of them at random
     */
    public static IntegrityReport.Gaming gaming(Cohort wholeCohort, MatchingResult result, int checkAll, int sample) {
        Cohort cohort = PeerLayer.layer(wholeCohort, Layer.PRIMARY);
        MatchingMode mode = MatchingMode.parse(result.mode());
        PairScorer scorer = PairScorer.of(mode.cohortFor(cohort));
        return GamingSearch.run(mode, scorer, mentorOf(scorer, result), GamingSearch.BUDGET, checkAll, sample);
    }

    private static int[] mentorOf(PairScorer scorer, MatchingResult result) {
        int[] mentorOf = new int[scorer.residentCount()];
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        for (MatchingResult.Assignment assignment : result.assignments()) {
            mentorOf[scorer.residentIndex(ResidentId.of(assignment.resident()))] =
                    scorer.mentorIndex(MentorId.of(assignment.mentor()));
        }
        return mentorOf;
    }

    /** Each part's time in ms, for the benchmark only. */
    public static Map<String, Long> timeParts(Cohort wholeCohort, MatchingResult result) {
        Cohort cohort = PeerLayer.layer(wholeCohort, Layer.PRIMARY);
        MatchingMode mode = MatchingMode.parse(result.mode());
        PairScorer scorer = PairScorer.of(mode.cohortFor(cohort));
        int[] mentorOf = mentorOf(scorer, result);
        Matching matching = new Matching(mentorOf);
        StatedPreferences stated = new StatedPreferences(scorer);
        Map<String, Long> times = new LinkedHashMap<>();
        long t = System.nanoTime();
        complaints(stated, mode, matching);
        times.put("complaints", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        whyNotHigher(stated, mode, matching);
        times.put("whyNotHigher", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        DeclineRepair.fragility(scorer, mentorOf);
        times.put("fragility", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        GamingSearch.run(mode, scorer, mentorOf);
        times.put("gaming", (System.nanoTime() - t) / 1_000_000);
        return times;
    }

    static IntegrityReport of(MatchingMode mode, PairScorer scorer, Matching matching) {
        StatedPreferences stated = new StatedPreferences(scorer);
        return new IntegrityReport(mode.label(), complaints(stated, mode, matching),
                whyNotHigher(stated, mode, matching), GamingSearch.run(mode, scorer, matching.mentorOf()),
                DeclineRepair.fragility(scorer, matching.mentorOf()));
    }

    static IntegrityReport.Complaints complaints(StatedPreferences stated, MatchingMode mode, Matching matching) {
        PairScorer scorer = stated.scorer();
        List<BlockingPairs.Pair> pairs = BlockingPairs.find(scorer, matching);
        int[] mentorOf = matching.mentorOf();
        List<String> examples = pairs.stream().limit(MAX_EXAMPLES)
                .map(pair -> complaint(stated, mentorOf, pair.resident(), pair.mentor())).toList();
        String summary;
        if (pairs.isEmpty()) {
            summary = mode.stable()
                    ? "Nobody has a justified complaint, and this is guaranteed: in " + Words.mode(mode.label())
                    + " a resident is turned down by a mentor only for someone that mentor put higher, so no"
                    + " resident and mentor would both rather be together."
                    : "Nobody has a justified complaint: no resident and mentor would both rather be together.";
        } else {
            summary = Words.plural(pairs.size(), "resident and mentor would", "resident–mentor pairs would")
                    + " both rather be together than with whom they got. In " + Words.mode(mode.label())
                    + " this is the price of a better result by the mode's own measure; a stable mode has none.";
        }
        return new IntegrityReport.Complaints(pairs.size(), summary, examples);
    }

    /** "Dr. Lee was Amara's 1st choice and listed Amara above Ben, who got the seat; Amara got Dr. Kim (3rd choice)." */
    static String complaint(StatedPreferences stated, int[] mentorOf, int r, int m) {
        PairScorer scorer = stated.scorer();
        String resident = scorer.resident(r).name();
        String mentor = scorer.mentor(m).name();
        int rank = scorer.residentRank(r, m);
        StringBuilder text = new StringBuilder(rank > 0
                ? mentor + " was " + resident + "'s " + PairExplainer.ordinal(rank) + " choice"
                : resident + " fits " + mentor + " better than the mentor they got");
        int worst = worstMentee(stated, mentorOf, m);
        if (worst < 0) {
            text.append(" and ").append(mentor).append(" still had a free seat");
        } else if (scorer.mentorPreference(m, r) > 0) {
            text.append(" and ").append(mentor).append(" listed ").append(resident).append(" above ")
                    .append(scorer.resident(worst).name()).append(", who got the seat");
        } else {
            text.append(" and ").append(resident).append(" fits ").append(mentor).append(" better than ")
                    .append(scorer.resident(worst).name()).append(", who got the seat");
        }
        return text.append("; ").append(resident).append(" got ").append(Words.mentorFor(scorer, r, mentorOf[r]))
                .append('.').toString();
    }

    /** The non-pinned mentee the mentor likes least, or -1 when it has a free seat. */
    private static int worstMentee(StatedPreferences stated, int[] mentorOf, int m) {
        PairScorer scorer = stated.scorer();
        int load = 0;
        int worst = -1;
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != m) {
                continue;
            }
            load++;
            if (scorer.pinnedMentor(r) < 0 && (worst < 0 || stated.mentorKey(m, r) > stated.mentorKey(m, worst))) {
                worst = r;
            }
        }
        return load < scorer.capacity(m) ? -1 : worst;
    }

    static List<IntegrityReport.WhyNot> whyNotHigher(StatedPreferences stated, MatchingMode mode, Matching matching) {
        PairScorer scorer = stated.scorer();
        int[] mentorOf = matching.mentorOf();
        int[] load = matching.loads(scorer.mentorCount());
        int[] wantedBelow = new int[scorer.mentorCount()];
        Arrays.fill(wantedBelow, Integer.MIN_VALUE);
        for (int r = 0; r < mentorOf.length; r++) {
            if (mentorOf[r] != Matching.UNMATCHED && scorer.pinnedMentor(r) < 0) {
                wantedBelow[mentorOf[r]] = Math.max(wantedBelow[mentorOf[r]], stated.mentorTier(mentorOf[r], r));
            }
        }
        List<IntegrityReport.WhyNot> answers = new ArrayList<>();
        for (int r = 0; r < mentorOf.length; r++) {
            int current = mentorOf[r];
            int above = current == Matching.UNMATCHED || scorer.residentRank(r, current) == 0
                    ? scorer.rankingLength(r) : scorer.residentRank(r, current) - 1;
            if (above == 0 || scorer.pinnedMentor(r) >= 0) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            for (int rank = 1; rank <= above; rank++) {
                int m = scorer.rankedMentor(r, rank);
                reasons.add(whyNot(stated, mode, r, m, load[m] < scorer.capacity(m) ? Integer.MAX_VALUE : wantedBelow[m]));
            }
            answers.add(new IntegrityReport.WhyNot(scorer.resident(r).id().value(), scorer.resident(r).name(),
                    List.copyOf(reasons)));
        }
        return List.copyOf(answers);
    }

    private static String whyNot(StatedPreferences stated, MatchingMode mode, int r, int m, int wantedBelow) {
        PairScorer scorer = stated.scorer();
        String mentor = scorer.mentor(m).name();
        String choice = mentor + " (" + PairExplainer.ordinal(scorer.residentRank(r, m)) + " choice): ";
        Optional<Incompatibility> rule = scorer.incompatibility(r, m);
        if (rule.isPresent()) {
            return choice + "a hard rule: " + rule.get().description() + ".";
        }
        if (wantedBelow == Integer.MIN_VALUE) {
            return choice + "every seat was already promised to a pinned pairing.";
        }
        if (stated.mentorTier(m, r) < wantedBelow) {
            return choice + "the mode's trade-off: " + mentor + " would have taken " + scorer.resident(r).name()
                    + ", but " + Words.mode(mode.label()) + " gave the seat elsewhere for a better result overall.";
        }
        return choice + "full with residents " + mentor + " "
                + (StatedPreferences.listed(wantedBelow) ? "listed higher." : "preferred at least as much.");
    }
}
