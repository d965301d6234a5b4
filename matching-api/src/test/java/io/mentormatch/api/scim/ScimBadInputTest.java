package io.mentormatch.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Bad input to every SCIM endpoint that takes input, with an administrator's SCIM token: a 4xx in SCIM's error
 * format (never a 5xx, a stack trace or SQL), and no account created or changed. Oversized bodies stop at the body
 * size limit, which answers a problem before any SCIM code runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScimBadInputTest {

    private static final String SCIM = "application/scim+json";
    private static final String USER = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], ";
    private static final String PATCH = "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": ";
    private static final List<String> JSON = List.of("", "{", "[]", "null", "\"text\"", "\uFEFF{\"a\":", "[".repeat(100_000),
            "{\"userName\": 1e999}", "{\"userName\": \"x\\u0000y\"}");
    private static final List<String> USERS = List.of(USER + "\"displayName\": \"No userName\"}",
            USER + "\"userName\": \"\"}", USER + "\"userName\": \"<script>alert(1)</script>\"}",
            USER + "\"userName\": \"" + "x".repeat(5_000) + "\"}", USER + "\"userName\": \"a@b.example\", \"userType\": \"Admin\"}",
            USER + "\"userName\": \"a@b.example\", \"emails\": [{\"value\": \"not an address\"}]}",
            USER + "\"userName\": \"a@b.example\", \"active\": \"maybe\"}",
            USER + "\"userName\": \"a@b.example\", \"displayName\": \"" + "x".repeat(1_000_000) + "\"}",
            USER + "\"userName\": \"x'); DROP TABLE app_user; --\", \"emails\": [{\"value\": \"'; --\"}]}");
    private static final List<String> PATCHES = List.of(PATCH + "[{\"op\": \"explode\", \"path\": \"active\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"userName\", \"value\": \"someone-else\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"active\", \"value\": \"maybe\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"emails[type eq\", \"value\": \"x\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"userType\", \"value\": \"Director\"}]}", PATCH + "\"none\"}");
    private static final String GROUP = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:Group\"], ";
    private static final List<String> GROUPS = List.of(GROUP + "\"members\": []}", GROUP + "\"displayName\": \"\"}",
            GROUP + "\"displayName\": 5}", GROUP + "\"displayName\": \"Nowhere directors\"}",
            GROUP + "\"displayName\": \"directors\"}", GROUP + "\"displayName\": \"" + "x".repeat(5_000) + " directors\"}",
            GROUP + "\"displayName\": \"x'); DROP TABLE program; -- directors\"}",
            GROUP + "\"displayName\": \"Nowhere directors\", \"members\": \"7\"}",
            GROUP + "\"displayName\": \"Nowhere directors\", \"members\": [{\"display\": \"no value\"}]}");
    private static final List<String> GROUP_PATCHES = List.of(PATCH + "[{\"op\": \"explode\", \"path\": \"members\"}]}",
            PATCH + "[{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"987654321\"}]}]}",
            PATCH + "[{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"abc\"}]}]}",
            PATCH + "[{\"op\": \"add\", \"path\": \"members\", \"value\": \"7\"}]}",
            PATCH + "[{\"op\": \"add\", \"path\": \"members\", \"value\": [{\"value\": \"ADMIN\"}]}]}",
            PATCH + "[{\"op\": \"remove\", \"path\": \"members[display eq \\\"x\\\"]\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"members[value eq \\\"1\\\"]\", \"value\": []}]}",
            PATCH + "[{\"op\": \"remove\", \"path\": \"members[value eq\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"displayName\", \"value\": \"Nowhere directors\"}]}",
            PATCH + "[{\"op\": \"remove\", \"path\": \"displayName\"}]}",
            PATCH + "[{\"op\": \"replace\", \"path\": \"userName\", \"value\": \"x\"}]}",
            PATCH + "[{\"op\": \"replace\", \"value\": {\"displayName\": \"Nowhere directors\"}}]}",
            PATCH + "[{\"op\": \"remove\"}]}", PATCH + "[]}",
            "{\"Operations\": [{\"op\": \"add\", \"path\": \"members\", \"value\": []}]}", PATCH + "\"none\"}");
    private static final List<String> FILTERS = List.of("displayName co \"a\"", "userName eq", "userName eq \"a\" or id eq \"1\"",
            "userName gt \"a\"", "((((", "x".repeat(5_000), "userName eq 5");

    record Endpoint(String name, List<String> corpus, BiFunction<World, Long, MockHttpServletRequestBuilder> request) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("create User", Stream.concat(JSON.stream(), USERS.stream()).toList(), (w, id) -> post("/scim/v2/Users")),
            new Endpoint("replace User", Stream.concat(JSON.stream(), USERS.stream()).toList(), (w, id) -> put("/scim/v2/Users/" + id)),
            new Endpoint("change User", Stream.concat(JSON.stream(), PATCHES.stream()).toList(), (w, id) -> patch("/scim/v2/Users/" + id)),
            new Endpoint("create Group", Stream.concat(JSON.stream(), GROUPS.stream()).toList(), (w, id) -> post("/scim/v2/Groups")),
            new Endpoint("replace Group", Stream.concat(JSON.stream(), GROUPS.stream()).toList(),
                    (w, id) -> put("/scim/v2/Groups/" + w.programId())),
            new Endpoint("change Group", Stream.concat(JSON.stream(), GROUP_PATCHES.stream()).toList(),
                    (w, id) -> patch("/scim/v2/Groups/" + w.programId())),
            new Endpoint("change an unknown Group", List.of(PATCH + "[{\"op\": \"add\", \"path\": \"members\", \"value\": []}]}"),
                    (w, id) -> patch("/scim/v2/Groups/987654321")));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> answersBadBodiesWithAScimErrorAndChangesNothing() {
        return ENDPOINTS.stream().flatMap(endpoint -> endpoint.corpus().stream().map(body -> DynamicTest.dynamicTest(
                endpoint.name() + " <- " + (body.length() > 60 ? body.substring(0, 60) + "..." : body), () -> {
                    World world = data.world(CohortState.DRAFT);
                    long r2 = jdbc.queryForObject("select id from app_user where username = ?", Long.class, world.resident2());
                    ScimRoleMatrixTest.bindGroup(jdbc, world);
                    List<Map<String, Object>> before = accounts();
                    MockHttpServletResponse response = mvc.perform(endpoint.request().apply(world, r2).contentType(SCIM)
                            .content(body.getBytes(StandardCharsets.UTF_8)).header("Authorization", bearer(world))).andReturn().getResponse();
                    assertBadRequest(response);
                    assertThat(accounts()).as("accounts unchanged").isEqualTo(before);
                })));
    }

    @TestFactory
    Stream<DynamicTest> answersFiltersItDoesNotSupportWithInvalidFilter() {
        return Stream.of("/scim/v2/Users", "/scim/v2/Groups").flatMap(resources -> FILTERS.stream().map(filter -> DynamicTest
                .dynamicTest(resources + " filter " + filter.substring(0, Math.min(40, filter.length())), () -> {
            World world = data.world(CohortState.DRAFT);
            MockHttpServletResponse response = mvc.perform(get(resources).param("filter", filter)
                    .header("Authorization", bearer(world))).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("\"scimType\":\"invalidFilter\"");
        })));
    }

    @TestFactory
    Stream<DynamicTest> answersBadPathsAndParametersWithAScimError() {
        return Stream.of("/scim/v2/Users/abc", "/scim/v2/Users/987654321", "/scim/v2/Users/-1", "/scim/v2/Users?startIndex=one",
                "/scim/v2/Users?count=many", "/scim/v2/ResourceTypes/Cohort",
                "/scim/v2/Groups/abc", "/scim/v2/Groups/987654321", "/scim/v2/Groups?count=many", "/scim/v2/Schemas/urn:x").map(path ->
                DynamicTest.dynamicTest(path, () -> {
                    World world = data.world(CohortState.DRAFT);
                    MockHttpServletResponse response = mvc.perform(get(path).header("Authorization", bearer(world)))
                            .andReturn().getResponse();
                    assertBadRequest(response);
                }));
    }

    private String bearer(World world) {
        return "Bearer " + ScimTokens.token(jdbc, world.admin(), "SCIM");
    }

    private List<Map<String, Object>> accounts() {
        return jdbc.queryForList("select id, username, display_name, email, role, enabled, version from app_user order by id");
    }

    private static void assertBadRequest(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isBetween(400, 499);
        if (response.getStatus() != 413) {
            assertThat(response.getContentType()).as(body).startsWith(SCIM);
            assertThat(body).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        }
        assertThat(body).doesNotContain("Exception").doesNotContain("SQL").doesNotContain("jackson");
    }
}
