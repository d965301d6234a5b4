package io.mentormatch.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * The role matrix of the SCIM endpoints, whose callers are identity providers rather than people: an
 * administrator's token of scope scim gets a 2xx; nobody else gets in, not a signed-in person of any role (403),
 * not a read or write token (403), not a SCIM token of an account that is no administrator (403), not anonymous
 * (401). Every answer is a SCIM error, never a page or a problem. {@code RoleMatrixTest} checks the reverse: a
 * SCIM token reaches no endpoint under /api.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScimRoleMatrixTest {

    private static final String SCIM = "application/scim+json";

    /** An endpoint and a request that an administrator's SCIM token may make; the long is the id of R2's account. */
    record Entry(String method, String pattern, BiFunction<World, Long, MockHttpServletRequestBuilder> request) {

        String key() {
            return method + " " + pattern;
        }
    }

    /** The prefix of the name bindGroup gives each world's program, so that a body can name it. */
    static final String GROUP_PREFIX = "Matrix program ";
    private static final String UNBOUND = "Unbound program " + UUID.randomUUID();

    static final List<Entry> MATRIX = List.of(
            new Entry("GET", "/scim/v2/Users", (w, id) -> get("/scim/v2/Users?startIndex=1&count=2")),
            new Entry("POST", "/scim/v2/Users", (w, id) -> post("/scim/v2/Users").contentType(SCIM).content("""
                    {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "m-%s@hospital.example"}
                    """.formatted(UUID.randomUUID()))),
            new Entry("GET", "/scim/v2/Users/{id}", (w, id) -> get("/scim/v2/Users/" + id)),
            new Entry("PUT", "/scim/v2/Users/{id}", (w, id) -> put("/scim/v2/Users/" + id).contentType(SCIM).content("""
                    {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s", "displayName": "R Two",
                     "active": true}""".formatted(w.resident2()))),
            new Entry("PATCH", "/scim/v2/Users/{id}", (w, id) -> patch("/scim/v2/Users/" + id).contentType(SCIM).content("""
                    {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations": [{"op": "replace", "path": "displayName", "value": "R 2"}]}""")),
            new Entry("DELETE", "/scim/v2/Users/{id}", (w, id) -> delete("/scim/v2/Users/" + id)),
            new Entry("GET", "/scim/v2/Groups", (w, id) -> get("/scim/v2/Groups").param("filter", "displayName eq \"x directors\"")),
            // the world's program has its group bound (bindGroup) but for the create, which binds a program of its own
            new Entry("POST", "/scim/v2/Groups", (w, id) -> post("/scim/v2/Groups").contentType(SCIM).content("""
                    {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "%s directors"}
                    """.formatted(UNBOUND))),
            new Entry("GET", "/scim/v2/Groups/{id}", (w, id) -> get("/scim/v2/Groups/" + w.programId())),
            new Entry("PUT", "/scim/v2/Groups/{id}", (w, id) -> put("/scim/v2/Groups/" + w.programId()).contentType(SCIM)
                    .content("""
                    {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "%s directors",
                     "members": [{"value": "%d"}]}""".formatted(GROUP_PREFIX + w.programId(), id))),
            new Entry("PATCH", "/scim/v2/Groups/{id}", (w, id) -> patch("/scim/v2/Groups/" + w.programId()).contentType(SCIM)
                    .content("""
                    {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations": [{"op": "add", "path": "members", "value": [{"value": "%d"}]}]}""".formatted(id))),
            new Entry("DELETE", "/scim/v2/Groups/{id}", (w, id) -> delete("/scim/v2/Groups/" + w.programId())),
            new Entry("GET", "/scim/v2/ServiceProviderConfig", (w, id) -> get("/scim/v2/ServiceProviderConfig")),
            new Entry("GET", "/scim/v2/ResourceTypes", (w, id) -> get("/scim/v2/ResourceTypes")),
            new Entry("GET", "/scim/v2/ResourceTypes/{name}", (w, id) -> get("/scim/v2/ResourceTypes/User")),
            new Entry("GET", "/scim/v2/Schemas", (w, id) -> get("/scim/v2/Schemas")),
            new Entry("GET", "/scim/v2/Schemas/{id}", (w, id) -> get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void namesEveryScimEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/scim/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        Set<String> inMatrix = MATRIX.stream().map(Entry::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("SCIM role matrix entries (add one for each new SCIM endpoint)").isEqualTo(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> letsOnlyAnAdministratorsScimTokenThrough() {
        return MATRIX.stream().map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
            World world = data.world(CohortState.DRAFT);
            long r2 = jdbc.queryForObject("select id from app_user where username = ?", Long.class, world.resident2());
            bindGroup(jdbc, world);
            jdbc.update("delete from scim_group where program_id in (select id from program where name = ?)", UNBOUND);
            jdbc.update("insert into program (name) select ? where not exists (select 1 from program where name = ?)",
                    UNBOUND, UNBOUND);
            for (String person : List.of(world.admin(), world.director(), world.mentor1(), world.resident1())) {
                assertDenied(entry, world, r2, mvc.perform(entry.request().apply(world, r2).with(data.as(person)).with(csrf())), 403,
                        person + "'s session");
                for (String scope : List.of("READ", "WRITE")) {
                    assertDenied(entry, world, r2, mvc.perform(entry.request().apply(world, r2)
                            .header("Authorization", "Bearer " + ScimTokens.token(jdbc, person, scope))), 403, person + "'s " + scope + " token");
                }
            }
            assertDenied(entry, world, r2, mvc.perform(entry.request().apply(world, r2).header("Authorization",
                    "Bearer " + ScimTokens.token(jdbc, world.director(), "SCIM"))), 403, "a director's SCIM token");
            assertDenied(entry, world, r2, mvc.perform(entry.request().apply(world, r2)), 401, "anonymous");
            MockHttpServletResponse allowed = mvc.perform(entry.request().apply(world, r2)
                    .header("Authorization", "Bearer " + ScimTokens.token(jdbc, world.admin(), "SCIM"))).andReturn().getResponse();
            assertThat(allowed.getStatus()).as(entry.key() + ": " + allowed.getContentAsString()).isBetween(200, 299);
        }));
    }

    /** Names the world's program after its id and binds its directors group, as an identity provider would have. */
    static void bindGroup(JdbcTemplate jdbc, World world) {
        jdbc.update("update program set name = ? where id = ?", GROUP_PREFIX + world.programId(), world.programId());
        jdbc.update("insert into scim_group (program_id, display_name, created_at) values (?, ?, current_timestamp)",
                world.programId(), GROUP_PREFIX + world.programId() + " directors");
    }

    private static void assertDenied(Entry entry, World world, long r2, ResultActions result, int status, String caller) {
        MockHttpServletResponse response = result.andReturn().getResponse();
        assertThat(response.getStatus()).as(entry.key() + " with " + caller).isEqualTo(status);
        assertThat(response.getContentType()).as(entry.key() + " with " + caller).startsWith(SCIM);
    }
}
