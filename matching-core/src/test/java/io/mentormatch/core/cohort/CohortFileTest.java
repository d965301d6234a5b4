package io.mentormatch.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CohortFileTest {

    private static final String VALID = """
            {
              "formatVersion": 1,
              "cohort": { "id": "IM-2027", "name": "Internal Medicine", "requireSameSpecialty": false },
              "weights": { "specialty": 10, "interests": 6, "loadBalance": 2 },
              "mentors": [
                { "id": "F1", "kind": "FACULTY", "specialty": "Cardiology", "interests": ["echo"],
                  "availability": ["MON-18", "WED-07"], "capacity": 2, "accepting": true, "preferredResidents": ["R1"] },
                { "id": "F2", "kind": "SENIOR_RESIDENT", "specialty": "Nephrology", "capacity": 1 }
              ],
              "residents": [
                { "id": "R1", "specialty": "Internal Medicine", "careerGoal": "Cardiology",
                  "availability": ["MON-18"], "ranking": ["F1", "F2"], "avoid": [] },
                { "id": "R2", "specialty": "Internal Medicine", "ranking": [] }
              ],
              "conflicts": [ { "resident": "R2", "mentor": "F1", "reason": "direct supervisor" } ],
              "declined": [],
              "pinned": [ { "resident": "R1", "mentor": "F1" } ],
              "previousPairs": [ { "resident": "R2", "mentor": "F2" } ]
            }
            """;

    @Test
    void appliesTheRosterImportsInputRuleToIdsNamesAndFreeText() {
        List<CohortProblem> problems = problems(VALID
                .replace("{ \"id\": \"F2\",", "{ \"id\": \"F2\\r\\nATTACH:https://attacker.example\",")
                .replace("\"specialty\": \"Cardiology\"", "\"name\": \"<b>Lee</b>\", \"specialty\": \"Cardio\\u0000logy\"")
                .replace("\"interests\": [\"echo\"]", "\"interests\": [\"%s\"]".formatted("e".repeat(InputRules.INTEREST + 1)))
                .replace("\"direct supervisor\"", "\"direct\\u0007supervisor\""));

        assertThat(problems).extracting(CohortProblem::field).contains("mentors[1].id", "mentors[F1].name",
                "mentors[F1].specialty", "mentors[F1].interests", "conflicts[0].reason");
        assertThat(problems).filteredOn(p -> p.field().equals("mentors[1].id")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("letters, digits").doesNotContain("\r", "\n"));
    }

    @Test
    void keepsMarkupAndLineBreaksInADeclineReasonButRefusesOtherControlCharacters() {
        String declined = "\"declined\": [ { \"resident\": \"R2\", \"mentor\": \"F2\", \"reason\": \"%s\" } ]";
        Cohort kept = read(VALID.replace("\"declined\": []", declined.formatted("Full <b>this</b> year.\\nAsk in June.")));
        List<CohortProblem> problems = problems(VALID.replace("\"declined\": []", declined.formatted("Full\\u0000")));

        assertThat(kept.declined()).singleElement().extracting(PairBan::reason).isEqualTo("Full <b>this</b> year.\nAsk in June.");
        assertThat(problems).extracting(CohortProblem::field).containsExactly("declined[0].reason");
    }

    @Test
    void readsAValidFile() {
        Cohort cohort = read(VALID);

        assertThat(cohort.mentors()).extracting(Mentor::id).containsExactly(MentorId.of("F1"), MentorId.of("F2"));
        assertThat(cohort.residents().get(0).ranking()).containsExactly(MentorId.of("F1"), MentorId.of("F2"));
        assertThat(cohort.mentors().get(0).availability().slots()).containsExactly("MON-18", "WED-07");
        assertThat(cohort.weights().interests()).isEqualTo(6);
        assertThat(cohort.weights().residentRank()).isEqualTo(Weights.DEFAULT.residentRank());
        assertThat(cohort.pinned()).containsExactly(new Pair(ResidentId.of("R1"), MentorId.of("F1")));
    }

    @Test
    void writesAFileItReadsBackUnchanged() {
        Cohort cohort = read(VALID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortFile.write(cohort, out);

        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(cohort);
    }

    @Test
    void readsAndWritesTheFamilySizeAndLeavesItOutOfOneToOneFiles() {
        Cohort families = read(VALID.replace("\"id\": \"IM-2027\"", "\"id\": \"IM-2027\", \"familySize\": 4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortFile.write(read(VALID), out);

        assertThat(families.info().familySize()).isEqualTo(4);
        assertThat(read(VALID).info().families()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("familySize");
        out.reset();
        CohortFile.write(families, out);
        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(families);
    }

    @Test
    void readsPeerMentoringWithDefaultsForMissingPeerWeightsAndWritesItBack() {
        Cohort peer = read(VALID.replace("\"declined\": []",
                "\"declined\": [], \"peerMentoring\": { \"weights\": { \"interests\": 10 } }"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortFile.write(peer, out);

        assertThat(peer.peerMentoring().weights().interests()).isEqualTo(10);
        assertThat(peer.peerMentoring().weights().availability()).isEqualTo(Weights.PEER_DEFAULT.availability());
        assertThat(peer.weights().interests()).isEqualTo(6);
        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(peer);
        assertThat(read(VALID.replace("\"declined\": []", "\"declined\": [], \"peerMentoring\": {}"))
                .peerMentoring()).isEqualTo(PeerMentoring.withDefaultWeights());
    }

    @Test
    void leavesPeerMentoringOutOfAVersionOneFileThatHasNone() {
        Cohort oneLayer = read(VALID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortFile.write(oneLayer, out);

        assertThat(oneLayer.peerMentoring()).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("peerMentoring").contains("\"formatVersion\" : 1");
    }

    @Test
    void rejectsAPeerWeightOutsideZeroToTenNamingItsField() {
        List<CohortProblem> problems = problems(VALID.replace("\"declined\": []",
                "\"declined\": [], \"peerMentoring\": { \"weights\": { \"availability\": 12 } }"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("peerMentoring.weights.availability");
            assertThat(problem.message()).isEqualTo("Weight 12 for common hours is more than the highest weight, 10;"
                    + " write a number from 0 to 10.");
        });
    }

    @Test
    void pinsAResidentOnceInEachLayerOnlyWithPeerMentoring() {
        String pinnedTwice = VALID.replace("\"pinned\": [ { \"resident\": \"R1\", \"mentor\": \"F1\" } ]",
                "\"pinned\": [ { \"resident\": \"R1\", \"mentor\": \"F1\" }, { \"resident\": \"R1\", \"mentor\": \"F2\" } ]");

        assertThat(problems(pinnedTwice)).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("pinned more than once"));
        assertThat(read(pinnedTwice.replace("\"declined\": []", "\"declined\": [], \"peerMentoring\": {}"))
                .pinned()).hasSize(2);
    }

    @Test
    void rejectsAFamilyOfOne() {
        List<CohortProblem> problems = problems(VALID.replace("\"id\": \"IM-2027\"", "\"id\": \"IM-2027\", \"familySize\": 1"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("cohort.familySize");
            assertThat(problem.message()).contains("at least 2");
        });
    }

    @Test
    void rejectsRankingWithUnknownMentor() {
        List<CohortProblem> problems = problems(VALID.replace("\"ranking\": [\"F1\", \"F2\"]", "\"ranking\": [\"F1\", \"F9\"]"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("residents[R1].ranking");
            assertThat(problem.id()).isEqualTo("R1");
            assertThat(problem.message()).contains("F9");
        });
    }

    @Test
    void rejectsDuplicateId() {
        List<CohortProblem> problems = problems(VALID.replace("{ \"id\": \"F2\"", "{ \"id\": \"F1\""));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("mentors[1].id");
            assertThat(problem.id()).isEqualTo("F1");
            assertThat(problem.message()).contains("duplicate");
        });
    }

    @Test
    void rejectsBadSlot() {
        List<CohortProblem> problems = problems(VALID.replace("\"MON-18\", \"WED-07\"", "\"MON-18\", \"MON-25\""));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("mentors[F1].availability");
            assertThat(problem.id()).isEqualTo("F1");
            assertThat(problem.message()).contains("MON-25");
        });
    }

    @Test
    void rejectsNegativeCapacity() {
        List<CohortProblem> problems = problems(VALID.replace("\"capacity\": 1", "\"capacity\": -1"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("mentors[F2].capacity");
            assertThat(problem.id()).isEqualTo("F2");
            assertThat(problem.message()).contains("-1");
        });
    }

    @Test
    void rejectsWeightOutsideZeroToTen() {
        List<CohortProblem> problems = problems(VALID.replace("\"interests\": 6", "\"interests\": 11")
                .replace("\"loadBalance\": 2", "\"loadBalance\": -1"));

        assertThat(problems).extracting(CohortProblem::field)
                .containsExactlyInAnyOrder("weights.interests", "weights.loadBalance");
        assertThat(problems).extracting(CohortProblem::message).containsExactlyInAnyOrder(
                "Weight 11 for shared interests is more than the highest weight, 10; write a number from 0 to 10.",
                "Weight -1 for an even load is less than the lowest weight, 0; write a number from 0 to 10.");
    }

    @Test
    void rejectsPinnedPairThatIsAlsoBanned() {
        List<CohortProblem> problems = problems(VALID.replace("\"declined\": []",
                "\"declined\": [ { \"resident\": \"R1\", \"mentor\": \"F1\", \"reason\": \"no time\" } ]"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("pinned[R1]");
            assertThat(problem.id()).isEqualTo("R1");
            assertThat(problem.message()).contains("R1", "F1", "banned");
        });
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        List<CohortProblem> problems = problems(VALID.replace("\"capacity\": 2,", "\"capacity\": 2,,"));

        assertThat(problems).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("line 7", "column"));
    }

    @Test
    void reportsAWrongTypeWithItsField() {
        List<CohortProblem> problems = problems(VALID.replace("\"capacity\": 1", "\"capacity\": \"one\""));

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.field()).contains("capacity"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String bad = VALID.replace("\"ranking\": [\"F1\", \"F2\"]", "\"ranking\": [\"F9\"]")
                .replace("{ \"id\": \"F2\"", "{ \"id\": \"F1\"")
                .replace("\"MON-18\", \"WED-07\"", "\"MON-25\"")
                .replace("\"capacity\": 2", "\"capacity\": -2")
                .replace("\"interests\": 6", "\"interests\": 60");

        List<CohortProblem> problems = problems(bad);

        assertThat(problems).extracting(CohortProblem::field).contains("residents[R1].ranking", "mentors[1].id",
                "mentors[F1].availability", "mentors[F1].capacity", "weights.interests");
    }

    /** Issue 21: the message names ids for the command line; the kind and names let others say it about people. */
    @Test
    void describesProblemsAboutPeopleByKindAndName() {
        List<CohortProblem> problems = problems(VALID
                .replace("{ \"id\": \"R1\",", "{ \"id\": \"R1\", \"name\": \"Amara Osei\",")
                .replace("{ \"id\": \"F1\",", "{ \"id\": \"F1\", \"name\": \"Dr. Chen\",")
                .replace("\"accepting\": true", "\"accepting\": false")
                .replace("\"ranking\": [\"F1\", \"F2\"]", "\"ranking\": [\"F1\", \"F1\", \"F9\"]"));

        assertThat(problems).filteredOn(p -> p.kind() == CohortProblem.Kind.PINNED_NOT_ACCEPTING).singleElement()
                .satisfies(p -> {
                    assertThat(p.names()).containsExactly("Amara Osei", "Dr. Chen");
                    assertThat(p.message()).contains("F1");
                });
        assertThat(problems).filteredOn(p -> p.kind() == CohortProblem.Kind.RANKED_TWICE).singleElement()
                .extracting(CohortProblem::names).isEqualTo(List.of("Amara Osei", "Dr. Chen"));
        assertThat(problems).filteredOn(p -> p.kind() == CohortProblem.Kind.UNKNOWN_MENTOR).singleElement()
                .satisfies(p -> {
                    assertThat(p.names()).containsExactly("Amara Osei");
                    assertThat(p.message()).isEqualTo("unknown mentor F9");
                });
    }

    @Test
    void acceptsAResidentWhoRanksAMentorTheyAlsoAvoid() {
        Cohort cohort = read(VALID.replace("\"avoid\": []", "\"avoid\": [\"F2\"]"));

        assertThat(cohort.residents().get(0).avoid()).containsExactly(MentorId.of("F2"));
    }

    private static Cohort read(String json) {
        return CohortFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAKindOfMentorAsAPersonWritesItAndExplainsAWrongOneInWords() {
        Cohort cohort = read(VALID.replace("\"SENIOR_RESIDENT\"", "\"senior resident\""));

        assertThat(cohort.mentors()).extracting(Mentor::kind).contains(MentorKind.SENIOR_RESIDENT);
        assertThat(problems(VALID.replace("\"SENIOR_RESIDENT\"", "\"wizard\""))).extracting(CohortProblem::message)
                .containsExactly("'wizard' is not a kind of mentor; write faculty or senior resident.");
        assertThat(problems(VALID.replace("\"capacity\": 1 }", "\"capacity\": -3 }"))).extracting(CohortProblem::message)
                .containsExactly("Capacity -3 is less than zero; write how many mentees this mentor can take, 0 or more.");
    }

    private static List<CohortProblem> problems(String json) {
        InvalidCohortException e = catchThrowableOfType(InvalidCohortException.class, () -> read(json));
        assertThat(e).as("an invalid file is rejected").isNotNull();
        return e.problems();
    }
}
