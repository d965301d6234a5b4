package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Rank-maximal mode, exact: among the matchings that pair the most residents, the one with the most 1st choices,
 * then the most 2nd choices, and so on through the longest ranking, then the highest sum of pair scores. A choice is
 * the resident's ranking position of the mentor; every hard rule and pin holds as in optimal mode.
 * <p>
 * The objective is lexicographic: a pair's profit has levels {@code [1, 1 at its rank, pair score]}. One big weight
 * per level would overflow a {@code long} (a level must outweigh all the levels below it, about (2 × residents)^levels),
 * so the levels are packed into a few words ({@link Packing}): within a word, big weights that safely fit; across
 * words, vectors added component-wise and compared lexicographically. Integer vectors under the lexicographic order
 * are an ordered group, which is all that successive shortest paths and LP duality need. So this is
 * {@link ExactAssignment}'s algorithm, on its {@link AssignmentFlow} and {@link Pricing}, with vector costs
 * ({@link LexicographicCosts}): node potentials keep reduced costs
 * non-negative, each resident is placed by a Dijkstra that stops at the cheapest outlet, on candidate lists that hold
 * every compatible ranked mentor and the k best others by pair score. Then every compatible pair is priced against
 * the potentials (the LP duals, one price per word); pairs that would improve join the lists, which are solved
 * again. When none is left the duals are feasible for the whole problem, and their objective equals the matching's
 * value word by word: by weak duality no matching is lexicographically better (summing dual constraints with
 * non-negative integer multipliers is valid in any ordered group).
 */
public final class RankMaximal {

    /**
     * Candidates per resident besides its ranked mentors: twice optimal mode's, because residents pushed off their
     * ranked mentors reach further down their lists; on 2,000 × 1,000 this halves the pricing rounds and the time.
     */
    public static final int DEFAULT_CANDIDATES = 2 * ExactAssignment.DEFAULT_CANDIDATES;

    /**
     * @param matching      the rank-maximal matching (pins kept)
     * @param optimal       whether the certificate holds: pricing over every compatible pair found no improving pair
     *                      and the dual objective equals the matching's value in every word
     * @param duals         the certificate
     * @param pricingRounds how many times the lists were solved and every pair priced
     */
    public record Result(Matching matching, boolean optimal, Duals duals, int pricingRounds) {
    }

    /**
     * LP dual prices, one component per word of the {@link Packing}, compared lexicographically: both non-negative,
     * {@code residentProfit[r] + mentorPrice[m] >= packing.profit(rank, score)} for every compatible unpinned pair,
     * and {@code Σ residentProfit + Σ seatsLeft[m] × mentorPrice[m]} equals the sum of the profits of the matched
     * unpinned pairs. Pinned residents have profit 0 and use up their mentor's seats.
     *
     * @param seatsLeft each mentor's capacity less its pinned residents
     */
    public record Duals(Packing packing, long[][] residentProfit, long[][] mentorPrice, int[] seatsLeft) {
    }

    /**
     * How the levels {@code [matched, rank 1, …, rank ranks, pair score]} are packed into words, from the last level
     * up: a level joins the word below it with a weight larger than any difference the levels below it in that word
     * can make between two matchings (2 × pairs × the most one pair adds to the word), as long as every word stays
     * far from overflow on paths, potentials and dual sums; otherwise it starts a new word with weight 1.
     *
     * @param ranks      the longest ranking position of a compatible mentor: the number of rank levels
     * @param wordOf     per level, its word (0 = most significant)
     * @param multiplier per level, its weight within its word
     */
    public record Packing(int ranks, int words, int[] wordOf, long[] multiplier) {

        static Packing of(int ranks, long pairs, long maxAbsScore, long wordLimit) {
            int levels = ranks + 2;
            int[] fromBottom = new int[levels];
            long[] multiplier = new long[levels];
            int word = 0;
            multiplier[levels - 1] = 1;
            long perPair = Math.max(1, maxAbsScore);
            for (int level = levels - 2; level >= 0; level--) {
                long weight = perPair > (wordLimit - 1) / (2 * pairs) ? Long.MAX_VALUE : 2 * pairs * perPair + 1;
                if (weight > wordLimit - perPair) {
                    word++;
                    weight = 1;
                    perPair = 0;
                }
                fromBottom[level] = word;
                multiplier[level] = weight;
                perPair += weight;
            }
            int[] wordOf = new int[levels];
            for (int level = 0; level < levels; level++) {
                wordOf[level] = word - fromBottom[level];
            }
            return new Packing(ranks, word + 1, wordOf, multiplier);
        }

        /** The profit of a pair with this rank (0 = unranked) and pair score, word by word. */
        public long[] profit(int rank, int score) {
            long[] profit = new long[words];
            add(profit, rank, score, 1);
            return profit;
        }

        void add(long[] vector, int rank, int score, int sign) {
            vector[wordOf[0]] += sign * multiplier[0];
            if (rank > 0 && rank <= ranks) {
                vector[wordOf[rank]] += sign * multiplier[rank];
            }
            vector[wordOf[ranks + 1]] += (long) sign * score;
        }
    }

    private RankMaximal() {
    }

    public static Result solve(PairScorer scorer) {
        return solve(scorer, DEFAULT_CANDIDATES);
    }

    /** @param candidatesPerResident how many mentors, best pair score first, each list starts with besides the ranked */
    public static Result solve(PairScorer scorer, int candidatesPerResident) {
        return solve(scorer, Candidates.scanAll(scorer, candidatesPerResident), Long.MAX_VALUE);
    }

    /** Starts from candidate lists already scanned, e.g. shared with {@link ExactAssignment}. */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans) {
        return solve(scorer, scans, Long.MAX_VALUE);
    }

    /** @param wordLimit the most one pair may add to a word: small limits give one word per level (for tests) */
    static Result solve(PairScorer scorer, Candidates.Scan[] scans, long wordLimit) {
        int residents = scorer.residentCount();
        int[][] mentors = new int[residents][];
        int[][] scores = new int[residents][];
        int[] cutoff = new int[residents];
        int ranks = 0;
        long maxAbsScore = 0;
        for (int r = 0; r < residents; r++) {
            Candidates.Scan scan = scans[r];
            if (scan.compatible() > 0) {
                maxAbsScore = Math.max(maxAbsScore, Math.max(Math.abs((long) scan.minScore()), scan.maxScore()));
            }
            int[] list = new int[scorer.rankingLength(r) + scan.mentors().length];
            int size = 0;
            for (int rank = 1; rank <= scorer.rankingLength(r); rank++) {
                int m = scorer.rankedMentor(r, rank);
                if (scorer.residentRank(r, m) == rank && scorer.compatible(r, m)) {
                    list[size++] = m;
                    ranks = Math.max(ranks, rank);
                }
            }
            for (int m : scan.mentors()) {
                if (scorer.residentRank(r, m) == 0) {
                    list[size++] = m;
                }
            }
            mentors[r] = Arrays.copyOf(list, size);
            int resident = r;
            scores[r] = Arrays.stream(mentors[r]).map(m -> scorer.score(resident, m)).toArray();
            // every pruned mentor is unranked and scores at most the k-th best
            int kept = scan.mentors().length;
            cutoff[r] = scan.compatible() == size ? Pricing.NONE_PRUNED
                    : kept == 0 ? scan.maxScore() : scan.scores()[kept - 1];
        }
        int[] seats = Seats.seatsLeft(scorer);
        long free = IntStream.range(0, residents).filter(r -> scorer.pinnedMentor(r) < 0).count();
        long pairs = Math.max(1, Math.min(free, Arrays.stream(seats).asLongStream().sum()));
        // paths, potentials and dual sums add up at most this many per-pair amounts, with room to spare
        long terms = 16L * (2L * residents + 2L * scorer.mentorCount() + Arrays.stream(seats).asLongStream().sum() + 1);
        Packing packing = Packing.of(ranks, pairs, maxAbsScore, Math.min(wordLimit, Long.MAX_VALUE / terms));
        return solve(scorer, mentors, scores, cutoff, packing);
    }

    private static Result solve(PairScorer scorer, int[][] mentors, int[][] scores, int[] cutoff, Packing packing) {
        boolean[] pinned = new boolean[mentors.length];
        for (int r = 0; r < mentors.length; r++) {
            pinned[r] = scorer.pinnedMentor(r) >= 0;
        }
        int rounds = 0;
        while (true) {
            rounds++;
            AssignmentFlow<LexicographicCosts> flow = new AssignmentFlow<>(mentors,
                    new LexicographicCosts(scorer, packing, mentors, scores), Seats.seatsLeft(scorer), pinned).run();
            Pricing pricing = Pricing.of(scorer, flow, cutoff);
            if (pricing.violations == 0) {
                return result(scorer, flow, pricing, rounds);
            }
            for (int r = 0; r < mentors.length; r++) {
                int[] extra = pricing.improving[r];
                if (extra != null) {
                    int[] grown = Arrays.copyOf(mentors[r], mentors[r].length + extra.length);
                    int[] grownScores = Arrays.copyOf(scores[r], grown.length);
                    for (int i = 0; i < extra.length; i++) {
                        grown[mentors[r].length + i] = extra[i];
                        grownScores[mentors[r].length + i] = scorer.score(r, extra[i]);
                    }
                    mentors[r] = grown;
                    scores[r] = grownScores;
                }
            }
        }
    }

    /** The matching with its pins, and the certificate: no improving pair, and the dual objective equals its value. */
    private static Result result(PairScorer scorer, AssignmentFlow<LexicographicCosts> flow, Pricing pricing,
                                 int rounds) {
        LexicographicCosts costs = flow.costs;
        int residents = scorer.residentCount();
        int[] mentorOfAll = flow.mentorOf().clone();
        long[][] profits = new long[residents][];
        for (int r = 0; r < residents; r++) {
            boolean pinned = scorer.pinnedMentor(r) >= 0;
            mentorOfAll[r] = pinned ? scorer.pinnedMentor(r) : mentorOfAll[r];
            profits[r] = pinned ? new long[costs.words()] : costs.residentProfit(r);
        }
        long[][] prices = new long[scorer.mentorCount()][];
        for (int m = 0; m < prices.length; m++) {
            prices[m] = costs.mentorPrice(m);
        }
        boolean certified = pricing.violations == 0 && Arrays.equals(pricing.dualObjective, costs.value(flow.seats));
        return new Result(new Matching(mentorOfAll), certified,
                new Duals(costs.packing, profits, prices, flow.seats.cap.clone()), rounds);
    }
}
