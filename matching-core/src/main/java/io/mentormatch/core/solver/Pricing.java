package io.mentormatch.core.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ResidentScoreRow;
import io.mentormatch.core.util.TopK;

/**
 * {@link ExactAssignment}'s pricing, one pass over every compatible pair with the duals of a solve: pairs whose reduced profit
 * {@code score + bonus − profit[r] − price[m]} is positive would improve the solution. Raising each resident's
 * profit to its best reduced profit makes the duals feasible for the whole problem, so their objective is a
 * valid upper bound whether or not any pair improves.
 * <p>
 * The pass need not score every pair: a pruned mentor of r scores at most {@code cutoff[r]}, so it can improve
 * only if its price is below {@code cutoff[r] + bonus − profit[r]}. Mentors are visited cheapest first and the
 * scan of a resident stops at that threshold; a resident held by an unpriced mentor of its list is done at once.
 */
final class Pricing {

    /** Per resident, its improving mentors, most improving first; null when it has none. */
    final int[][] improving;
    long violations;
    /** Per resident, its profit raised to its best reduced profit: with the mentors' prices, feasible for every pair. */
    final long[] residentProfit;
    /** The objective of the dual-feasible prices: a valid upper bound in bonus units. */
    long dualObjective;

    private Pricing(int residents) {
        improving = new int[residents][];
        residentProfit = new long[residents];
    }

    static Pricing of(PairScorer scorer, AssignmentFlow flow, long bonus, int[] cutoff) {
        Pricing pricing = new Pricing(cutoff.length);
        int mentors = scorer.mentorCount();
        long[] prices = new long[mentors];
        long mentorSide = 0;
        long[] byPrice = new long[mentors];
        for (int m = 0; m < mentors; m++) {
            prices[m] = flow.mentorPrice(m);
            mentorSide += prices[m] * flow.residualCapacity(m);
            // prices are below 2^40 (bonus × a few); the low 24 bits carry the mentor
            byPrice[m] = prices[m] << 24 | m;
        }
        Arrays.sort(byPrice);
        int residents = cutoff.length;
        long residentSide = IntStream.range(0, (residents + Candidates.BLOCK - 1) / Candidates.BLOCK).parallel()
                .mapToLong(block -> {
                    ResidentScoreRow row = new ResidentScoreRow(scorer);
                    long side = 0;
                    for (int r = block * Candidates.BLOCK; r < Math.min(residents, (block + 1) * Candidates.BLOCK);
                         r++) {
                        pricing.residentProfit[r] = pricing.price(scorer, row, flow, bonus, prices, byPrice, cutoff[r], r);
                        side += pricing.residentProfit[r];
                    }
                    return side;
                })
                .sum();
        for (int[] list : pricing.improving) {
            if (list != null) {
                pricing.violations += list.length;
            }
        }
        pricing.dualObjective = residentSide + mentorSide;
        return pricing;
    }

    /** @return the resident's dual-feasible profit; records its improving pairs, most improving first */
    private long price(PairScorer scorer, ResidentScoreRow row, AssignmentFlow flow, long bonus, long[] prices,
                       long[] byPrice, int cutoff, int r) {
        if (scorer.pinnedMentor(r) >= 0) {
            return 0;
        }
        long profit = flow.residentProfit(r);
        if (cutoff == ExactAssignment.NONE_PRUNED) {
            return profit;
        }
        long threshold = cutoff + bonus - profit;
        long feasible = profit;
        TopK found = null;
        if (byPrice.length > 0 && (byPrice[0] >>> 24) < threshold) {
            row.load(r);
        }
        for (int i = 0; i < byPrice.length && (byPrice[i] >>> 24) < threshold; i++) {
            int m = (int) (byPrice[i] & 0xFFFFFF);
            if (!row.compatible(m)) {
                continue;
            }
            long reduced = row.score(m) + bonus - prices[m] - profit;
            if (reduced > 0) {
                feasible = Math.max(feasible, profit + reduced);
                if (found == null) {
                    found = new TopK(Math.max(8, flow.mentors[r].length));
                }
                found.offer((-reduced << 24) | m);
            }
        }
        if (found != null) {
            improving[r] = Arrays.stream(found.sorted()).mapToInt(key -> (int) (key & 0xFFFFFF)).toArray();
        }
        return feasible;
    }
}
