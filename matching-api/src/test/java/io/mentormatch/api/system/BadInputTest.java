package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Every endpoint that takes input, fed malformed, mistyped and out-of-range input by an allowed caller: each
 * answer is a 4xx problem detail, and the database is unchanged afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";
    private static final List<String> JSON_CORPUS = List.of(
            "", "{", "[]", "null", "\"text\"", "{\"version\": \"one\"}", "{\"programId\": 1e999}",
            "{\"name\": \"<script>alert(1)</script>\"}", "{\"name\": \"x\\u0000y\"}",
            "{\"weights\": {\"specialty\": -5}}", "{\"to\": \"NOWHERE\"}", "{\"capacity\": -1}",
            "{\"version\": 0, \"form\": {\"ranking\": [null]}}", "{\"version\": 0, \"profile\": {\"capacity\": 999999999999}}",
            "\uFEFF{\"a\":", "{\"preferenceDeadline\": \"2001-01-01T00:00:00Z\", \"version\": 0}");
    private static final List<String> CSV_CORPUS = List.of(
            "", "\n\n", "id;name\nR1;A\n", "name\nAnn\n", "id,name\n\"R1,A\n", "id,name,capacity\nF1,A,lots\n",
            "id,name\n=HYPERLINK(\"x\"),A\n", "id,name,availability\nR1,A,MON-99\n", "id,name\n,\n");

    record Endpoint(String name, String contentType, CohortState state, List<String> corpus,
                    Function<World, MockHttpServletRequestBuilder> request, Function<World, String> user) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("create program", JSON, CohortState.DRAFT, JSON_CORPUS, w -> post("/api/programs"), World::admin),
            new Endpoint("create user", JSON, CohortState.DRAFT, JSON_CORPUS, w -> post("/api/users"), World::admin),
            new Endpoint("create cohort", JSON, CohortState.DRAFT, JSON_CORPUS, w -> post("/api/cohorts"), World::director),
            new Endpoint("cohort settings", JSON, CohortState.DRAFT, JSON_CORPUS,
                    w -> put("/api/cohorts/" + w.cohortId() + "/settings"), World::director),
            new Endpoint("cohort transition", JSON, CohortState.DRAFT, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/transitions"), World::director),
            new Endpoint("declare conflict", JSON, CohortState.DRAFT, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/conflicts"), World::director),
            new Endpoint("resident import", CSV, CohortState.DRAFT, CSV_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/residents/import"), World::director),
            new Endpoint("mentor import", CSV, CohortState.DRAFT, CSV_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/mentors/import"), World::director),
            new Endpoint("cohort file import", JSON, CohortState.DRAFT, JSON_CORPUS,
                    w -> put("/api/cohorts/" + w.cohortId() + "/file"), World::director),
            new Endpoint("preference form", JSON, CohortState.OPEN_FOR_PREFERENCES, JSON_CORPUS,
                    w -> put("/api/cohorts/" + w.cohortId() + "/residents/R1/preferences"), World::resident1),
            new Endpoint("mentor profile", JSON, CohortState.OPEN_FOR_PREFERENCES, JSON_CORPUS,
                    w -> put("/api/cohorts/" + w.cohortId() + "/mentors/F1/profile"), World::mentor1),
            new Endpoint("start run", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/runs"), World::director),
            new Endpoint("preview pairing change", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/pairing-changes/preview"), World::director),
            new Endpoint("apply pairing change", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/pairing-changes"), World::director),
            new Endpoint("accept proposal", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/proposals/987654321/accept"), World::mentor1),
            new Endpoint("decline proposal", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/proposals/987654321/decline"), World::mentor1),
            new Endpoint("publish", JSON, CohortState.MATCHING, JSON_CORPUS,
                    w -> post("/api/cohorts/" + w.cohortId() + "/publication"), World::director));

    private static final List<String> TABLES = List.of("program", "app_user", "cohort", "mentor", "resident",
            "pair_rule", "preference_form_version", "audit_entry", "matching_run", "proposal", "publication",
            "notification", "qrtz_job_details");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> answersBadInputWithAProblemAndChangesNothing() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.concat(
                endpoint.corpus().stream().map(body -> DynamicTest.dynamicTest(endpoint.name() + " <- " + abbreviate(body),
                        () -> check(endpoint, endpoint.contentType(), body.getBytes(StandardCharsets.UTF_8)))),
                Stream.of(
                        DynamicTest.dynamicTest(endpoint.name() + " <- wrong content type",
                                () -> check(endpoint, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8))),
                        DynamicTest.dynamicTest(endpoint.name() + " <- Latin-1 bytes",
                                () -> check(endpoint, endpoint.contentType(), "{\"name\": \"Jos\u00e9\"".getBytes(StandardCharsets.ISO_8859_1))))));
    }

    private void check(Endpoint endpoint, String contentType, byte[] body) throws Exception {
        World world = data.world(endpoint.state());
        List<Long> before = counts();
        MockHttpServletResponse response = mvc.perform(endpoint.request().apply(world)
                        .with(data.as(endpoint.user().apply(world))).with(csrf())
                        .contentType(contentType).content(body))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(400, 499);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(counts()).as("row counts of " + TABLES).isEqualTo(before);
    }

    private List<Long> counts() {
        return TABLES.stream().map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class)).toList();
    }

    private static String abbreviate(String body) {
        String oneLine = body.replace("\n", "\\n");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
