package io.mentormatch.core.bench;

import java.util.Locale;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.ExactAssignment;
import io.mentormatch.core.solver.Oracles;

/**
 * Measures the library route to the exact optimum: JGraphT's capacity-scaling min-cost flow on the full
 * network (every compatible pair an arc), against the specialised {@link ExactAssignment}, on one generated
 * cohort. Argument: {@code RESIDENTSxMENTORS} (default 2000x1000). Figures: docs/benchmarks.md.
 */
public final class LibraryFlowBenchmark {

    private LibraryFlowBenchmark() {
    }

    public static void main(String[] args) {
        String[] size = (args.length > 0 ? args[0] : "2000x1000").split("x");
        Cohort generated = new CohortGenerator(7).generate(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        Cohort cohort = generated.withWeights(generated.weights().withLoadBalance(0));

        long start = System.nanoTime();
        PairScorer scorer = PairScorer.of(cohort);
        Oracles.Value library = Oracles.minCostFlowOptimum(scorer);
        long libraryMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        ExactAssignment.Result exact = ExactAssignment.solve(PairScorer.of(cohort));
        long exactMillis = (System.nanoTime() - start) / 1_000_000;
        Oracles.Value ours = Oracles.Value.of(PairScorer.of(cohort), exact.matching());

        System.out.printf(Locale.ROOT, "JGraphT CapacityScalingMinimumCostFlow: %,d ms, %s%n", libraryMillis, library);
        System.out.printf(Locale.ROOT, "ExactAssignment: %,d ms, %s, same optimum: %s%n", exactMillis, ours,
                ours.equals(library));
    }
}
