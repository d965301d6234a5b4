package io.mentormatch.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.MatchingResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line end to end on a copy of the shared example cohort. */
class MatchingCliTest {

    @TempDir
    Path dir;
    private Path example;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyExample() throws IOException {
        example = dir.resolve("cohort-small.json");
        try (InputStream in = getClass().getResourceAsStream("/cohort-small.json")) {
            Files.copy(in, example);
        }
    }

    @Test
    void solvesTheExampleIntoAResultFile() throws IOException {
        Path result = dir.resolve("result.json");

        int exit = run("solve", "--input", example.toString(), "--output", result.toString(), "--time-limit", "PT3S");

        assertThat(exit).isZero();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(result));
        assertThat(json.get("mode").asString()).isEqualTo("optimal");
        assertThat(json.get("score").asString()).matches("0hard/-?\\d+medium/-?\\d+soft");
        assertThat(json.get("feasible").asBoolean()).isTrue();
        assertThat(json.get("bound").has("pairScoreUpperBound")).isTrue();
        assertThat(json.get("bound").get("gapPercent").asDouble()).isBetween(0.0, 100.0);
        assertThat(json.get("blockingPairs").isInt()).isTrue();
        assertThat(json.get("stats").get("residents").asInt()).isEqualTo(24);
        assertThat(json.get("stats").get("mentors").asInt()).isEqualTo(14);
        JsonNode first = json.get("assignments").get(0);
        assertThat(first.has("resident") && first.has("mentor") && first.has("pairScore")).isTrue();
        assertThat(first.get("reasons").size()).isPositive();
        assertThat(json.get("assignments").size() + json.get("unassigned").size()).isEqualTo(24);
        assertThat(stderr()).contains("exact assignment", "best 0hard/");
    }

    @Test
    void solvesBothLayersOfACohortWithPeerMentoringAndLeavesThePeerLayerOutOtherwise() throws IOException {
        Path peerCohort = dir.resolve("cohort-peer.json");
        Files.writeString(peerCohort, Files.readString(example).replaceFirst("\\{", "{ \"peerMentoring\": {},"));
        Path oneLayer = dir.resolve("one-layer.json");
        Path twoLayers = dir.resolve("two-layers.json");

        run("solve", "--input", example.toString(), "--output", oneLayer.toString(), "--time-limit", "PT2S");
        int exit = run("solve", "--input", peerCohort.toString(), "--output", twoLayers.toString(), "--time-limit", "PT2S");

        assertThat(exit).isZero();
        assertThat(CohortFile.JSON.readTree(Files.readString(oneLayer)).has("peerLayer")).isFalse();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(twoLayers));
        Cohort cohort = CohortFile.read(peerCohort);
        List<String> seniors = cohort.mentors().stream()
                .filter(m -> m.kind() == MentorKind.SENIOR_RESIDENT)
                .map(m -> m.id().value()).toList();
        JsonNode peer = json.get("peerLayer");
        assertThat(peer.get("assignments").size()).isPositive();
        peer.get("assignments").forEach(a -> assertThat(seniors).contains(a.get("mentor").asString()));
        json.get("assignments").forEach(a -> assertThat(seniors).doesNotContain(a.get("mentor").asString()));
        assertThat(peer.get("assignments").size() + peer.get("unassigned").size()).isEqualTo(24);
        assertThat(peer.has("bound") && peer.has("blockingPairs") && peer.has("choiceProfile")).isTrue();
        assertThat(stderr()).contains("peer layer:");
    }

    @Test
    void writesPairScoresThatAddUpToTheLinearObjectiveWhichOptimalModeSolvesWithoutLoadBalance() throws IOException {
        Path result = dir.resolve("result.json");
        run("solve", "--input", example.toString(), "--output", result.toString(), "--time-limit", "PT3S");
        JsonNode json = CohortFile.JSON.readTree(Files.readString(result));
        PairScorer scorer = PairScorer.of(CohortFile.read(example));

        long written = pairScores(json);

        assertThat(scorer.weights().loadBalance()).as("the example weighs load balance").isPositive();
        assertThat(written).isEqualTo(scored(json, scorer));
        assertThat(json.get("score").asString()).endsWith("/" + written + "soft");
        assertThat(written).isEqualTo(json.get("bound").get("pairScoreUpperBound").asLong());
        assertThat(stderr()).doesNotContain("local search");
    }

    @Test
    void solvesInLoadBalancedModeWithTheLoadPenaltyInTheScore() throws IOException {
        Path result = dir.resolve("balanced.json");

        int exit = run("solve", "--input", example.toString(), "--output", result.toString(), "--mode",
                "optimal-load-balanced", "--time-limit", "PT3S");

        assertThat(exit).isZero();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(result));
        PairScorer scorer = PairScorer.of(CohortFile.read(example));
        int[] loads = new int[scorer.mentorCount()];
        for (JsonNode assignment : json.get("assignments")) {
            loads[scorer.mentorIndex(MentorId.of(assignment.get("mentor").asString()))]++;
        }
        long loadPenalty = 0;
        for (int load : loads) {
            loadPenalty += (long) scorer.weights().loadBalance() * load * (load - 1) / 2;
        }
        assertThat(json.get("mode").asString()).isEqualTo("optimal-load-balanced");
        assertThat(pairScores(json)).isEqualTo(scored(json, scorer));
        assertThat(loadPenalty).isPositive();
        assertThat(json.get("score").asString()).endsWith("/" + (pairScores(json) - loadPenalty) + "soft");
    }

    private static long pairScores(JsonNode json) {
        long written = 0;
        for (JsonNode assignment : json.get("assignments")) {
            written += assignment.get("pairScore").asLong();
        }
        return written;
    }

    private static long scored(JsonNode json, PairScorer scorer) {
        long scored = 0;
        for (JsonNode assignment : json.get("assignments")) {
            scored += scorer.score(scorer.residentIndex(ResidentId.of(assignment.get("resident").asString())),
                    scorer.mentorIndex(MentorId.of(assignment.get("mentor").asString())));
        }
        return scored;
    }

    @Test
    void solvesInStableMode() throws IOException {
        Path result = dir.resolve("stable.json");

        int exit = run("solve", "--input", example.toString(), "--output", result.toString(), "--mode", "stable");

        assertThat(exit).isZero();
        assertThat(CohortFile.JSON.readTree(Files.readString(result)).get("mode").asString()).isEqualTo("stable");
    }

    @Test
    void solvesInStableMentorOptimalModeWithNoBlockingPair() throws IOException {
        Path result = dir.resolve("stable-mentor-optimal.json");

        int exit = run("solve", "--input", example.toString(), "--output", result.toString(), "--mode",
                "stable-mentor-optimal");

        assertThat(exit).isZero();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(result));
        assertThat(json.get("mode").asString()).isEqualTo("stable-mentor-optimal");
        assertThat(json.get("blockingPairs").asInt()).isZero();
    }

    @Test
    void solvesInRankMaximalModeWithTheChoiceProfile() throws IOException {
        Path result = dir.resolve("rank-maximal.json");

        int exit = run("solve", "--input", example.toString(), "--output", result.toString(), "--mode", "rank-maximal");

        assertThat(exit).isZero();
        MatchingResult written = CohortFile.JSON.readValue(result.toFile(), MatchingResult.class);
        assertThat(written.mode()).isEqualTo("rank-maximal");
        assertThat(written.choiceProfile().get(0)).isEqualTo(written.assignments().size());
        assertThat(written.choiceProfile().subList(1, written.choiceProfile().size()).stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(written.assignments().size());
    }

    /** Issue 20: the integrity report of a result file, the same as the audit of that result in the process. */
    @Test
    void auditsAResultFileIntoItsIntegrityReport() throws IOException {
        Path result = dir.resolve("optimal.json");
        Path audit = dir.resolve("audit.json");
        assertThat(run("solve", "--input", example.toString(), "--output", result.toString())).isZero();

        int exit = run("audit", "--input", example.toString(), "--result", result.toString(), "--output",
                audit.toString());

        assertThat(exit).isZero();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(audit));
        MatchingResult written = CohortFile.JSON.readValue(result.toFile(), MatchingResult.class);
        assertThat(json.get("mode").asString()).isEqualTo("optimal");
        assertThat(json.get("complaints").get("count").asInt()).isEqualTo(written.blockingPairs());
        for (String field : List.of("whyNotHigher", "gaming", "fragility")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("gaming").get("residentsChecked").asInt())
                .isEqualTo(json.get("gaming").get("residents").asInt());
        assertThat(stderr()).contains("Any single decline is repaired");
    }

    @Test
    void comparesEveryModeIntoAFile() throws IOException {
        Path modes = dir.resolve("modes.json");

        int exit = run("compare", "--input", example.toString(), "--output", modes.toString(), "--time-limit", "PT2S");

        assertThat(exit).isZero();
        JsonNode json = CohortFile.JSON.readTree(Files.readString(modes));
        List<String> names = json.get("modes").valueStream().map(mode -> mode.get("mode").asString()).toList();
        // the example weighs load balance, so the load-balanced row is there
        assertThat(names).containsExactly("optimal", "stable", "stable-mentor-optimal", "rank-maximal", "optimal-load-balanced");
        JsonNode optimal = json.get("modes").get(0);
        for (String field : List.of("matched", "pairScoreTotal", "choiceProfile", "worstRank", "blockingPairs",
                "idleMentors", "priceVsOptimalPercent", "bySpecialty")) {
            assertThat(optimal.has(field)).as(field).isTrue();
        }
        assertThat(optimal.get("priceVsOptimalPercent").asDouble()).isZero();
        JsonNode specialty = optimal.get("bySpecialty").values().iterator().next();
        assertThat(specialty.has("residents") && specialty.has("meanPairScore") && specialty.has("firstChoiceShare")
                && specialty.has("unmatchedShare")).isTrue();
        assertThat(stderr()).contains("rank-maximal: ");
    }

    @Test
    void exitsWithTwoWhenComparingAnInvalidFile() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(example).replaceFirst("\"capacity\"\\s*:\\s*\\d+", "\"capacity\": -3"));

        int exit = run("compare", "--input", bad.toString(), "--output", dir.resolve("modes.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("1 problem(s)", ".capacity").doesNotContain("Exception");
        assertThat(dir.resolve("modes.json")).doesNotExist();
    }

    @Test
    void writesTheScoreOfEveryCompatiblePair() throws IOException {
        Path csv = dir.resolve("scores.csv");
        PairScorer scorer = PairScorer.of(CohortFile.read(example));

        int exit = run("scores", "--input", example.toString(), "--output", csv.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("resident,mentor,pairScore");
        int compatible = 0;
        for (int r = 0; r < scorer.residentCount(); r++) {
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.compatible(r, m)) {
                    compatible++;
                }
            }
        }
        assertThat(lines).hasSize(compatible + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            String[] cells = line.split(",");
            assertThat(Integer.parseInt(cells[2])).isEqualTo(scorer.score(ResidentId.of(cells[0]), MentorId.of(cells[1])));
        });
    }

    @Test
    void generatesAValidCohortThatTheSameSeedReproduces() throws IOException {
        Path first = dir.resolve("generated-1.json");
        Path second = dir.resolve("generated-2.json");

        int exit = run("generate", "--residents", "30", "--mentors", "12", "--seed", "3", "--output", first.toString());
        run("generate", "--residents", "30", "--mentors", "12", "--seed", "3", "--output", second.toString());

        assertThat(exit).isZero();
        Cohort cohort = CohortFile.read(first);
        assertThat(cohort.residents()).hasSize(30);
        assertThat(cohort.mentors()).hasSize(12);
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void rejectsAGenerateCallWithoutSizes() {
        int exit = run("generate", "--output", dir.resolve("x.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("--residents");
    }

    @Test
    void exitsWithTwoAndNamesEveryProblemOfAnInvalidFile() throws IOException {
        Cohort cohort = CohortFile.read(example);
        String firstResident = cohort.residents().get(0).id().value();
        String firstMentor = cohort.mentors().get(0).id().value();
        String json = Files.readString(example)
                .replaceFirst("\"ranking\" : \\[", "\"ranking\" : [ \"F-NOBODY\", ")
                .replaceFirst("\"ranking\": \\[", "\"ranking\": [ \"F-NOBODY\", ")
                .replaceFirst("\"capacity\"\\s*:\\s*\\d+", "\"capacity\": -3");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json);

        int exit = run("solve", "--input", bad.toString(), "--output", dir.resolve("out.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("2 problem(s)", "residents[" + firstResident + "].ranking", "F-NOBODY",
                "mentors[" + firstMentor + "].capacity").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void exitsWithTwoForMalformedJsonNamingTheLine() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"cohort\": { \"id\": \"X\" ,, }\n}");

        int exit = run("scores", "--input", bad.toString(), "--output", dir.resolve("out.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("line 3").doesNotContain("Exception");
    }

    @Test
    void exitsWithOneForAFileThatCannotBeRead() {
        int exit = run("solve", "--input", dir.resolve("missing.json").toString(), "--output", "out.json");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().lines()).singleElement().asString().contains("missing.json");
    }

    @Test
    void exitsWithOneForAnUnknownCommandOrOption() {
        assertThat(run("match", "--input", example.toString())).isEqualTo(1);
        assertThat(run("solve", "--input", example.toString(), "--output", "x.json", "--speed", "fast")).isEqualTo(1);
        assertThat(run("solve", "--input", example.toString(), "--output", "x.json", "--mode", "fastest")).isEqualTo(1);
        assertThat(run("compare", "--input", example.toString(), "--output", "x.json", "--mode", "stable")).isEqualTo(1);
        assertThat(stderr()).contains("unknown command 'match'", "unknown option '--speed'", "usage:",
                "--mode must be one of optimal, stable, stable-mentor-optimal, rank-maximal, optimal-load-balanced");
    }

    private int run(String... args) {
        return new MatchingCli(new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
