package io.mentormatch.core.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.CohortProblem;
import io.mentormatch.core.cohort.InvalidCohortException;
import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.integrity.IntegrityAudit;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.core.JacksonException;

/**
 * The command line: {@code solve} writes the result file of a cohort file, {@code compare} the outcome of every
 * mode side by side, {@code audit} the integrity report of a result file, {@code scores} the pair score of every compatible pair. Exit 0 on success, 2 on an invalid cohort file (every problem printed), 1 otherwise.
 */
public final class MatchingCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID_INPUT = 2;

    private static final int RESIDENTS_PER_BLOCK = 64;

    private static final String USAGE = """
            usage: solve    --input COHORT.json --output RESULT.json [--mode optimal|stable|stable-mentor-optimal|rank-maximal|optimal-load-balanced] [--time-limit PT10S]
                   compare  --input COHORT.json --output MODES.json [--time-limit PT10S]
                   audit    --input COHORT.json --result RESULT.json --output AUDIT.json
                   scores   --input COHORT.json --output SCORES.csv
                   generate --residents N --mentors M --output COHORT.json [--seed 7] [--seats 1.0]""";
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "solve", Set.of("input", "output", "mode", "time-limit"),
            "compare", Set.of("input", "output", "time-limit"),
            "audit", Set.of("input", "result", "output"),
            "scores", Set.of("input", "output"),
            "generate", Set.of("residents", "mentors", "output", "seed", "seats"));

    private final PrintStream err;

    MatchingCli(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new MatchingCli(System.err).run(args));
    }

    int run(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args, OPTIONS);
            Path output = Path.of(arguments.required("output"));
            if (arguments.command().equals("generate")) {
                CohortFile.write(generate(arguments), output);
                return OK;
            }
            Cohort cohort = CohortFile.read(Path.of(arguments.required("input")));
            switch (arguments.command()) {
                case "solve" -> solve(cohort, options(arguments), output);
                case "compare" -> compare(cohort, timeLimit(arguments), output);
                case "audit" -> audit(cohort, Path.of(arguments.required("result")), output);
                default -> scores(cohort, output);
            }
            return OK;
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        } catch (InvalidCohortException e) {
            err.println("invalid cohort file, " + e.problems().size() + " problem(s):");
            e.problems().forEach(problem -> err.println("  - " + describe(problem)));
            return INVALID_INPUT;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        }
    }

    private void solve(Cohort cohort, SolveOptions options, Path output) {
        MatchingResult result = new MatchingSolver(cohort, options).solve(new ThrottledProgress(err));
        write(result, output);
        err.printf(Locale.ROOT, "%s: %d assigned, %d unassigned, score %s, gap to bound %.2f%%%n", output,
                result.assignments().size(), result.unassigned().size(), result.score(), result.bound().gapPercent());
        MatchingResult peer = result.peerLayer();
        if (peer != null) {
            err.printf(Locale.ROOT, "peer layer: %d assigned, %d unassigned, score %s, gap to bound %.2f%%%n",
                    peer.assignments().size(), peer.unassigned().size(), peer.score(), peer.bound().gapPercent());
        }
    }

    private void compare(Cohort cohort, Duration timeLimit, Path output) {
        ModeComparison.Comparison comparison = ModeComparison.of(cohort, timeLimit);
        write(comparison, output);
        for (ModeComparison.ModeOutcome mode : comparison.modes()) {
            err.printf(Locale.ROOT, "%s: %d matched, pair scores %d (%.2f%% below optimal), choices %s, "
                            + "%d blocking pairs%n", mode.mode(), mode.matched(), mode.pairScoreTotal(),
                    mode.priceVsOptimalPercent(), mode.choiceProfile(), mode.blockingPairs());
        }
    }

    /** The integrity report of a result file of this cohort (docs/matching-model.md, "The integrity report"). */
    private void audit(Cohort cohort, Path resultFile, Path output) {
        MatchingResult result;
        try {
            result = CohortFile.JSON.readValue(resultFile.toFile(), MatchingResult.class);
        } catch (JacksonException e) {
            throw new UncheckedIOException("cannot read " + resultFile + ": " + e.getOriginalMessage(),
                    new IOException(e));
        }
        IntegrityReport report = IntegrityAudit.of(cohort, result);
        write(report, output);
        err.println(report.complaints().summary());
        err.println(report.gaming().summary());
        err.println(report.fragility().summary());
    }

    private static void write(Object value, Path output) {
        try (OutputStream out = Files.newOutputStream(output)) {
            CohortFile.JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Streams the rows as it scores them, a block of residents at a time scored in parallel and written in order,
     * so that millions of pairs never sit in memory.
     */
    private static void scores(Cohort cohort, Path output) {
        PairScorer scorer = PairScorer.of(cohort);
        CSVFormat rows = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
            rows.printRecord(writer, "resident", "mentor", "pairScore");
            for (int from = 0; from < scorer.residentCount(); from += RESIDENTS_PER_BLOCK) {
                List<String> block = IntStream.range(from, Math.min(scorer.residentCount(), from + RESIDENTS_PER_BLOCK))
                        .parallel()
                        .mapToObj(r -> compatiblePairs(scorer, r, rows))
                        .toList();
                for (String text : block) {
                    writer.write(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static String compatiblePairs(PairScorer scorer, int r, CSVFormat rows) {
        StringBuilder text = new StringBuilder(1 << 12);
        String resident = scorer.resident(r).id().value();
        try {
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.compatible(r, m)) {
                    rows.print(resident, text, true);
                    rows.print(scorer.mentor(m).id().value(), text, false);
                    rows.print(Integer.toString(scorer.score(r, m)), text, false);
                    rows.println(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A realistic synthetic cohort, the same for the same seed: for trials and benchmarks. */
    private static Cohort generate(Arguments arguments) {
        try {
            int residents = Integer.parseInt(arguments.required("residents"));
            int mentors = Integer.parseInt(arguments.required("mentors"));
            CohortGenerator generator = new CohortGenerator(arguments.optional("seed").map(Long::parseLong).orElse(7L));
            return arguments.optional("seats").map(Double::parseDouble)
                    .map(seats -> generator.generate(residents, mentors, seats))
                    .orElseGet(() -> generator.generate(residents, mentors));
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--residents, --mentors, --seed and --seats take numbers");
        }
    }

    private static SolveOptions options(Arguments arguments) {
        MatchingMode mode;
        try {
            mode = arguments.optional("mode").map(MatchingMode::parse).orElse(MatchingMode.OPTIMAL);
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("--mode must be one of " + MatchingMode.LABELS);
        }
        return new SolveOptions(mode, timeLimit(arguments));
    }

    private static Duration timeLimit(Arguments arguments) {
        try {
            return arguments.optional("time-limit").map(Duration::parse).orElse(SolveOptions.DEFAULT_TIME_LIMIT);
        } catch (DateTimeParseException e) {
            throw new Arguments.UsageException("--time-limit must be an ISO-8601 duration such as PT10S");
        }
    }

    private static String describe(CohortProblem problem) {
        String text = problem.toString();
        return problem.id() == null || text.contains(problem.id()) ? text : text + " (id " + problem.id() + ")";
    }
}
