package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Every endpoint of the API against every kind of caller. Allowed callers must get a 2xx, denied ones 403 (401
 * when anonymous). The matrix must name every handler method: a new endpoint without an entry fails
 * {@link #namesEveryEndpoint()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleMatrixTest {

    /** The callers, relative to a world of {@link TestData}: its cohort, its mentor F1 and its resident R1. */
    enum Caller {
        ANONYMOUS, ADMIN, DIRECTOR, OTHER_PROGRAMS_DIRECTOR, MENTOR, OTHER_MENTOR, RESIDENT, OTHER_RESIDENT
    }

    private static final Set<Caller> EVERYONE_SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> MANAGERS = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR);
    private static final Set<Caller> DIRECTORS_ANYWHERE = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.OTHER_PROGRAMS_DIRECTOR);
    private static final Set<Caller> COHORT_MEMBERS = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR,
            Caller.OTHER_MENTOR, Caller.RESIDENT, Caller.OTHER_RESIDENT);
    private static final Set<Caller> RESIDENT_R1 = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.RESIDENT);
    private static final Set<Caller> MENTOR_F1 = EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String SETTINGS = """
            {"version": 0, "name": "Renamed", "academicYear": "2027-2028", "responseWindowDays": 7,
             "maxRankedMentors": 3, "requireSameSpecialty": false, "preferContinuity": false,
             "weights": {"specialty": 10, "interests": 6, "availability": 4, "residentRank": 8,
             "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5}}""";

    record Entry(String method, String pattern, CohortState state, Set<Caller> allowed,
                 Function<World, MockHttpServletRequestBuilder> request) {

        String key() {
            return method + " " + pattern;
        }
    }

    private static String cohort(World w) {
        return "/api/cohorts/" + w.cohortId();
    }

    static final List<Entry> MATRIX = List.of(
            new Entry("POST", "/api/programs", CohortState.DRAFT, EnumSet.of(Caller.ADMIN), w -> post("/api/programs")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"P-" + UUID.randomUUID() + "\"}")),
            new Entry("GET", "/api/programs", CohortState.DRAFT, DIRECTORS_ANYWHERE, w -> get("/api/programs")),
            new Entry("POST", "/api/users", CohortState.DRAFT, EnumSet.of(Caller.ADMIN), w -> post("/api/users")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"username": "u-%s", "displayName": "U", "password": "long-enough", "role": "MENTOR"}
                            """.formatted(UUID.randomUUID()))),
            new Entry("GET", "/api/me", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me")),
            new Entry("POST", "/api/cohorts", CohortState.DRAFT, MANAGERS, w -> post("/api/cohorts")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"programId": %d, "code": "C-%s", "name": "New", "academicYear": "2028-2029"}
                            """.formatted(w.programId(), UUID.randomUUID().toString().substring(0, 8)))),
            new Entry("GET", "/api/cohorts", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/cohorts")),
            new Entry("GET", "/api/cohorts/{cohortId}", CohortState.DRAFT, COHORT_MEMBERS, w -> get(cohort(w))),
            new Entry("PUT", "/api/cohorts/{cohortId}/settings", CohortState.DRAFT, MANAGERS, w -> put(cohort(w) + "/settings")
                    .contentType(MediaType.APPLICATION_JSON).content(SETTINGS)),
            new Entry("POST", "/api/cohorts/{cohortId}/transitions", CohortState.DRAFT, MANAGERS, w -> post(cohort(w) + "/transitions")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"OPEN_FOR_PREFERENCES\"}")),
            new Entry("GET", "/api/cohorts/{cohortId}/roster-overview", CohortState.DRAFT, MANAGERS,
                    w -> get(cohort(w) + "/roster-overview")),
            new Entry("GET", "/api/cohorts/{cohortId}/residents", CohortState.DRAFT, MANAGERS, w -> get(cohort(w) + "/residents")),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors", CohortState.DRAFT, COHORT_MEMBERS, w -> get(cohort(w) + "/mentors")),
            new Entry("POST", "/api/cohorts/{cohortId}/residents/import", CohortState.DRAFT, MANAGERS,
                    w -> post(cohort(w) + "/residents/import").contentType(CSV).content("id,name\nR7,Seven\n")),
            new Entry("POST", "/api/cohorts/{cohortId}/mentors/import", CohortState.DRAFT, MANAGERS,
                    w -> post(cohort(w) + "/mentors/import").contentType(CSV).content("id,name,capacity\nF7,Seven,1\n")),
            new Entry("GET", "/api/cohorts/{cohortId}/residents.csv", CohortState.DRAFT, MANAGERS, w -> get(cohort(w) + "/residents.csv")),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors.csv", CohortState.DRAFT, MANAGERS, w -> get(cohort(w) + "/mentors.csv")),
            new Entry("GET", "/api/roster-templates/residents.csv", CohortState.DRAFT, DIRECTORS_ANYWHERE,
                    w -> get("/api/roster-templates/residents.csv")),
            new Entry("GET", "/api/roster-templates/mentors.csv", CohortState.DRAFT, DIRECTORS_ANYWHERE,
                    w -> get("/api/roster-templates/mentors.csv")),
            new Entry("GET", "/api/cohorts/{cohortId}/file", CohortState.DRAFT, MANAGERS, w -> get(cohort(w) + "/file")),
            new Entry("PUT", "/api/cohorts/{cohortId}/file", CohortState.DRAFT, MANAGERS, w -> put(cohort(w) + "/file")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"formatVersion": 1, "cohort": {"id": "X"},
                             "mentors": [{"id": "F1", "capacity": 1}], "residents": [{"id": "R1"}]}
                            """)),
            new Entry("GET", "/api/me/preference-forms", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/preference-forms")),
            new Entry("GET", "/api/cohorts/{cohortId}/residents/{residentId}/preferences", CohortState.OPEN_FOR_PREFERENCES,
                    RESIDENT_R1, w -> get(cohort(w) + "/residents/R1/preferences")),
            new Entry("PUT", "/api/cohorts/{cohortId}/residents/{residentId}/preferences", CohortState.OPEN_FOR_PREFERENCES,
                    RESIDENT_R1, w -> put(cohort(w) + "/residents/R1/preferences").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0, \"form\": {\"ranking\": [\"F2\"]}}")),
            new Entry("GET", "/api/cohorts/{cohortId}/residents/{residentId}/preferences/versions", CohortState.OPEN_FOR_PREFERENCES,
                    RESIDENT_R1, w -> get(cohort(w) + "/residents/R1/preferences/versions")),
            new Entry("GET", "/api/cohorts/{cohortId}/residents/{residentId}/recommendations", CohortState.OPEN_FOR_PREFERENCES,
                    RESIDENT_R1, w -> get(cohort(w) + "/residents/R1/recommendations")),
            new Entry("GET", "/api/me/mentor-profiles", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/mentor-profiles")),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorId}/profile", CohortState.OPEN_FOR_PREFERENCES,
                    MENTOR_F1, w -> get(cohort(w) + "/mentors/F1/profile")),
            new Entry("PUT", "/api/cohorts/{cohortId}/mentors/{mentorId}/profile", CohortState.OPEN_FOR_PREFERENCES,
                    MENTOR_F1, w -> put(cohort(w) + "/mentors/F1/profile").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0, \"profile\": {\"specialty\": \"Cardiology\", \"capacity\": 3, \"accepting\": true}}")));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void namesEveryEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        Set<String> inMatrix = MATRIX.stream().map(Entry::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("role matrix entries (add one for each new endpoint)").isEqualTo(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> letsOnlyTheRightCallersThrough() {
        return MATRIX.stream().flatMap(entry -> EnumSet.allOf(Caller.class).stream().map(caller ->
                DynamicTest.dynamicTest(entry.key() + " as " + caller, () -> check(entry, caller))));
    }

    private void check(Entry entry, Caller caller) throws Exception {
        World world = data.world(entry.state());
        int status = mvc.perform(entry.request().apply(world).with(as(caller, world)).with(csrf()))
                .andReturn().getResponse().getStatus();
        if (entry.allowed().contains(caller)) {
            assertThat(status).as(entry.key() + " as " + caller).isBetween(200, 299);
        } else {
            assertThat(status).as(entry.key() + " as " + caller).isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
        }
    }

    private RequestPostProcessor as(Caller caller, World world) {
        return switch (caller) {
            case ANONYMOUS -> anonymous();
            case ADMIN -> data.as(world.admin());
            case DIRECTOR -> data.as(world.director());
            case OTHER_PROGRAMS_DIRECTOR -> data.as(data.outsiderDirector());
            case MENTOR -> data.as(world.mentor1());
            case OTHER_MENTOR -> data.as(world.mentor2());
            case RESIDENT -> data.as(world.resident1());
            case OTHER_RESIDENT -> data.as(world.resident2());
        };
    }
}
