package io.mentormatch.core.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.ExactAssignment;
import io.mentormatch.core.solver.Families;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * Mentoring families against the one-to-one optimum of the same cohort (not a test). For each seed it generates a
 * cohort of the generator's default shape, sets the family size (which caps each faculty mentor at one family),
 * and compares the exact assignment (the one-to-one optimum under those capacities, and the local search's start)
 * with optimal mode's result, which adds the family term: how many families have an hour in which all of them are
 * free, the pair-score total, and the residents matched. Usage and figures: docs/benchmarks.md.
 * <p>
 * Arguments: {@code RESIDENTSxMENTORS} (default 400x100), {@code --family-size N} (default 4),
 * {@code --seeds N} (default 3, seeds 1…N), {@code --time-limit PT10S}.
 */
public final class FamiliesBenchmark {

    private FamiliesBenchmark() {
    }

    public static void main(String[] args) {
        String size = "400x100";
        int familySize = 4;
        int seeds = 3;
        Duration timeLimit = SolveOptions.DEFAULT_TIME_LIMIT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--family-size" -> familySize = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--time-limit" -> timeLimit = Duration.parse(args[++i]);
                default -> size = args[i];
            }
        }
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        System.out.println("| seed | families | with a common hour: one-to-one | families mode | pair-score total: "
                + "one-to-one | families mode | change | matched (both) | solve (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int seed = 1; seed <= seeds; seed++) {
            Cohort cohort = new CohortGenerator(seed).generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))
                    .withFamilySize(familySize);
            PairScorer scorer = PairScorer.of(cohort);
            ExactAssignment.Result exact = ExactAssignment.solve(scorer);
            List<MatchingResult.Family> oneToOne = Families.of(scorer, exact.matching());
            MatchingResult result = new MatchingSolver(cohort, new SolveOptions(MatchingMode.OPTIMAL, timeLimit))
                    .solve(SolveProgress.NONE);
            long total = result.pairScoreSum();
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %,d | %,d | %+.2f%% | %d / %d | %,d |%n", seed,
                    result.families().size(), meeting(oneToOne), meeting(result.families()), exact.pairScoreSum(),
                    total, 100.0 * (total - exact.pairScoreSum()) / exact.pairScoreSum(), exact.matching().matched(),
                    result.assignments().size(), result.stats().solveMillis());
        }
    }

    private static long meeting(List<MatchingResult.Family> families) {
        return families.stream().filter(family -> family.commonHours() > 0).count();
    }
}
