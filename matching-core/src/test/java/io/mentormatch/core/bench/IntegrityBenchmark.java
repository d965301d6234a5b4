package io.mentormatch.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.integrity.IntegrityAudit;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * The whole integrity report of a result (not a test): generates a cohort of the generator's default shape (seed 7),
 * solves it in the mode (not timed), audits once untimed to warm up, then times the audit. Arguments: sizes as
 * {@code RESIDENTSxMENTORS} (default 300x150 and 2000x1000), optionally {@code --mode optimal}. Figures:
 * docs/benchmarks.md.
 */
public final class IntegrityBenchmark {

    private IntegrityBenchmark() {
    }

    public static void main(String[] args) {
        MatchingMode mode = MatchingMode.OPTIMAL;
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mode")) {
                mode = MatchingMode.parse(args[++i]);
            } else {
                sizes.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of("300x150", "2000x1000"));
        }
        for (String size : sizes) {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            Cohort cohort = new CohortGenerator(7).generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            MatchingResult result = new MatchingSolver(cohort, new SolveOptions(mode, SolveOptions.DEFAULT_TIME_LIMIT))
                    .solve(SolveProgress.NONE);
            if (parts.length > 2) {
                IntegrityAudit.timeParts(cohort, result).forEach((part, ms) -> System.out.println(part + ": " + ms + " ms"));
                continue;
            }
            IntegrityAudit.of(cohort, result);
            SolverBenchmark.Measured<IntegrityReport> audit = SolverBenchmark.measure(() -> IntegrityAudit.of(cohort, result));
            IntegrityReport report = audit.value();
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %d complaints; %d of %d checked could gain; "
                            + "worst decline moves %d |%n", size, mode.label(), audit.millis(), audit.cpuMillis(),
                    report.complaints().count(), report.gaming().couldGain(), report.gaming().residentsChecked(),
                    report.fragility().maxOthersMoved());
        }
    }
}
