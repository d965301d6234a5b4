package io.mentormatch.core.solver;

import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ResidentScoreRow;

/**
 * One pass over every compatible pair with the duals of a solved {@link AssignmentFlow} ({@link ExactAssignment}'s
 * and {@link RankMaximal}'s): pairs whose reduced profit {@code profit(r, m) − residentProfit[r] − mentorPrice[m]} is
 * positive would improve the solution. Raising each resident's profit to its best reduced profit makes the duals
 * feasible for the whole problem, so their objective is a valid upper bound whether or not any pair improves.
 * <p>
 * The pass need not score every pair: a pruned mentor of r scores at most {@code cutoff[r]} and is unranked, so it
 * can improve only if its price is below {@code profit(unranked, cutoff[r]) − residentProfit[r]}. Mentors are
 * visited cheapest first and the scan of a resident stops at that threshold.
 */
final class Pricing {

    static final int NONE_PRUNED = Integer.MIN_VALUE;

    /** Per resident, its improving mentors, most improving first; null when it has none. */
    final int[][] improving;
    long violations;
    /** Per resident at {@code r × words}, its profit raised to its best reduced profit: feasible for every pair. */
    final long[] residentProfit;
    /** The objective of the dual-feasible prices, word by word: a valid upper bound in profit units. */
    final long[] dualObjective;

    private Pricing(int residents, int words) {
        improving = new int[residents][];
        residentProfit = new long[residents * words];
        dualObjective = new long[words];
    }

    /**
     * @param cutoff per resident, an upper bound on the pair score of every compatible mentor missing from its
     *               list, or {@link #NONE_PRUNED}
     */
    static Pricing of(PairScorer scorer, AssignmentFlow<?> flow, int[] cutoff) {
        int words = flow.costs.words();
        int residents = cutoff.length;
        Pricing pricing = new Pricing(residents, words);
        FlowCosts.Prices prices = flow.costs.prices(flow.seats.cap);
        int[] byPrice = prices.mentorsByPrice();
        IntStream.range(0, (residents + Candidates.BLOCK - 1) / Candidates.BLOCK).parallel().forEach(block -> {
            ResidentScoreRow row = new ResidentScoreRow(scorer);
            FlowCosts.ResidentPricer pricer = prices.pricers().get();
            for (int r = block * Candidates.BLOCK; r < Math.min(residents, (block + 1) * Candidates.BLOCK); r++) {
                pricing.price(scorer, row, pricer, flow, byPrice, cutoff[r], r);
            }
        });
        long[] objective = prices.mentorSide().clone();
        for (int i = 0; i < pricing.residentProfit.length; i++) {
            objective[i % words] += pricing.residentProfit[i];
        }
        System.arraycopy(objective, 0, pricing.dualObjective, 0, words);
        for (int[] list : pricing.improving) {
            if (list != null) {
                pricing.violations += list.length;
            }
        }
        return pricing;
    }

    /** Records the resident's dual-feasible profit and its improving pairs, most improving first. */
    private void price(PairScorer scorer, ResidentScoreRow row, FlowCosts.ResidentPricer pricer,
                       AssignmentFlow<?> flow, int[] byPrice, int cutoff, int r) {
        boolean pinned = scorer.pinnedMentor(r) >= 0;
        pricer.start(r, pinned, cutoff, Math.max(8, flow.mentors[r].length));
        if (!pinned && cutoff != NONE_PRUNED) {
            if (byPrice.length > 0 && pricer.cheapEnough(0)) {
                row.load(r);
            }
            for (int i = 0; i < byPrice.length && pricer.cheapEnough(i); i++) {
                int m = byPrice[i];
                if (row.compatible(m)) {
                    pricer.offer(m, row.score(m));
                }
            }
            improving[r] = pricer.improving();
        }
        pricer.writeFeasible(residentProfit);
    }
}
