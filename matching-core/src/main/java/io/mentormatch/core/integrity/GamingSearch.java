package io.mentormatch.core.integrity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.OneRowResolve;
import io.mentormatch.core.solver.StatedPreferences;

/**
 * Could a resident have got a mentor it truly ranks higher by misstating its list? For each resident (all up to
 * {@link #CHECK_ALL}, else a random {@link #SAMPLE}; fewer, at random, if {@link #BUDGET} runs out), each misreport is solved again in the same mode, the others'
 * forms unchanged, and the mentor it would get is judged by its true list. The misreports: each mentor it ranked
 * moved to first; its list cut after each position; and, for a resident left unmatched or given a mentor it did not
 * rank, one of its {@link #UNRANKED_TRIED} best-fitting compatible mentors it did not rank added first (for a resident
 * given a mentor it ranked, every unranked one is truly worse). A resident given its 1st choice cannot gain and a pinned one cannot move, so
 * neither is solved again. Each misreport is solved by {@link OneRowResolve}, which reuses what does not depend on
 * the resident (optimal and optimal load-balanced modes by the exact assignment: the local search for load balance
 * is left out).
 */
final class GamingSearch {

    static final int CHECK_ALL = 500;
    static final int SAMPLE = 300;
    static final int UNRANKED_TRIED = 3;
    /**
     * The most the search may take in a run: a national cohort's 300 residents in optimal mode need about half a
     * minute of CPU at 2,000 × 1,000 and far more at 20,000 × 8,000, and a run must end.
     */
    static final Duration BUDGET = Duration.ofSeconds(120);
    /** The sample is drawn with a fixed seed, so an audit of the same result gives the same report. */
    private static final long SAMPLE_SEED = 20;

    private record Misreport(List<MentorId> ranking, String how) {
    }

    private GamingSearch() {
    }

    static IntegrityReport.Gaming run(MatchingMode mode, PairScorer scorer, int[] mentorOf) {
        return run(mode, scorer, mentorOf, BUDGET);
    }

    /**
     * @param budget the most the search may take: residents are taken in a random order, so when it runs out the ones
     *               checked are a random sample and the report states the 95 % bound for them
     */
    static IntegrityReport.Gaming run(MatchingMode mode, PairScorer scorer, int[] mentorOf, Duration budget) {
        return run(mode, scorer, mentorOf, budget, CHECK_ALL, SAMPLE);
    }

    /**
     * @param checkAll every resident is checked up to this many residents in the cohort
     * @param sample   above that, this many residents drawn at random (with the fixed seed)
     */
    static IntegrityReport.Gaming run(MatchingMode mode, PairScorer scorer, int[] mentorOf, Duration budget,
                                      int checkAll, int sample) {
        int residents = scorer.residentCount();
        List<Integer> order = new ArrayList<>(IntStream.range(0, residents).boxed().toList());
        Collections.shuffle(order, new Random(SAMPLE_SEED));
        List<Integer> toCheck = residents > checkAll ? order.subList(0, Math.min(sample, residents)) : order;
        StatedPreferences truth = new StatedPreferences(scorer);
        OneRowResolve resolve = new OneRowResolve(scorer, mode);
        long deadline = System.nanoTime() + budget.toNanos();
        List<Outcome> outcomes = toCheck.parallelStream()
                .map(r -> gain(resolve, truth, mentorOf, r, deadline))
                .filter(Outcome::checked)
                .toList();
        List<String> examples = outcomes.stream().map(Outcome::example).filter(Objects::nonNull).toList();
        int checked = outcomes.size();
        Double upperBound = checked < residents
                ? Math.round(1000.0 * upperBound95(examples.size(), checked)) / 10.0 : null;
        return new IntegrityReport.Gaming(residents, checked, examples.size(), upperBound,
                summary(mode, residents, checked, examples.size(), upperBound), examples);
    }

    /** @param example how the resident could gain, or null when it cannot; only meaningful when checked */
    private record Outcome(boolean checked, String example) {
    }

    private static String summary(MatchingMode mode, int residents, int checked, int couldGain, Double upperBound) {
        String found = couldGain == 0
                ? "No resident could get a mentor they ranked higher by filling in the form differently"
                : Words.plural(couldGain, "resident", "residents")
                + " could get a mentor they ranked higher by filling in the form differently";
        String scope = upperBound == null ? " (all " + residents + " residents checked)."
                : " (" + checked + " of " + residents + " residents checked, chosen at random; with 95 % confidence"
                + " at most " + upperBound + " % of all residents could).";
        String why = mode == MatchingMode.STABLE
                ? " In Stable, residents' best this is guaranteed: ranking mentors truthfully is always a resident's"
                + " best move."
                : "";
        return found + scope + why;
    }

    /** Whether some misreport gets resident r a mentor it truly prefers, with one example; unchecked past the deadline. */
    private static Outcome gain(OneRowResolve resolve, StatedPreferences truth, int[] mentorOf, int r, long deadline) {
        PairScorer scorer = truth.scorer();
        int current = mentorOf[r];
        if (scorer.pinnedMentor(r) >= 0 || (current != Matching.UNMATCHED && scorer.residentRank(r, current) == 1)) {
            return new Outcome(true, null);
        }
        for (Misreport misreport : misreports(truth, r, current)) {
            if (System.nanoTime() > deadline) {
                return new Outcome(false, null);
            }
            int got = resolve.mentorOf(scorer.withRanking(r, misreport.ranking()), r);
            if (got != Matching.UNMATCHED && got != current && truth.residentPrefers(r, got, current)) {
                return new Outcome(true, scorer.resident(r).name() + " could get " + Words.mentorFor(scorer, r, got)
                        + " instead of " + Words.mentorFor(scorer, r, current) + " " + misreport.how() + ".");
            }
        }
        return new Outcome(true, null);
    }

    private static List<Misreport> misreports(StatedPreferences truth, int r, int current) {
        PairScorer scorer = truth.scorer();
        List<MentorId> ranking = scorer.resident(r).ranking();
        List<Misreport> misreports = new ArrayList<>();
        for (int i = 1; i < ranking.size(); i++) {
            List<MentorId> moved = new ArrayList<>(ranking);
            MentorId first = moved.remove(i);
            moved.add(0, first);
            misreports.add(new Misreport(moved, "by ranking " + scorer.mentor(scorer.mentorIndex(first)).name()
                    + " first"));
        }
        for (int length = 1; length < ranking.size(); length++) {
            misreports.add(new Misreport(List.copyOf(ranking.subList(0, length)),
                    "by ranking only their first " + Words.plural(length, "choice", "choices")));
        }
        if (current != Matching.UNMATCHED && scorer.residentRank(r, current) > 0) {
            // every unranked mentor is truly worse than the ranked one it got: adding one first is no way up
            return misreports;
        }
        IntStream.range(0, scorer.mentorCount())
                .filter(m -> scorer.compatible(r, m) && scorer.residentRank(r, m) == 0)
                .boxed()
                .sorted(Comparator.comparingLong(m -> truth.residentKey(r, m)))
                .limit(UNRANKED_TRIED)
                .forEach(m -> {
                    List<MentorId> added = new ArrayList<>(ranking);
                    added.add(0, scorer.mentor(m).id());
                    misreports.add(new Misreport(added, "by adding " + scorer.mentor(m).name() + " first"));
                });
        return misreports;
    }

    /**
     * The one-sided 95 % upper bound on a proportion after {@code found} in {@code n} draws (Clopper–Pearson): the p
     * at which seeing at most {@code found} has probability 5 %.
     */
    static double upperBound95(int found, int n) {
        if (found >= n) {
            return 1.0;
        }
        double low = (double) found / n;
        double high = 1.0;
        for (int i = 0; i < 60; i++) {
            double p = (low + high) / 2;
            if (binomialCdf(found, n, p) > 0.05) {
                low = p;
            } else {
                high = p;
            }
        }
        return high;
    }

    private static double binomialCdf(int k, int n, double p) {
        double sum = 0;
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log(n - i + 1) - Math.log(i);
            }
            sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
        }
        return sum;
    }
}
