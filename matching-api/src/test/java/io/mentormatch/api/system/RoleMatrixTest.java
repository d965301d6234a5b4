package io.mentormatch.api.system;

import static io.mentormatch.api.system.RoleMatrixTest.Persona.ADMIN;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.ANONYMOUS;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.DIRECTOR;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.MENTOR;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.OTHER_DIRECTOR;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.OTHER_MENTOR;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.OTHER_RESIDENT;
import static io.mentormatch.api.system.RoleMatrixTest.Persona.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Every endpoint under /api against every kind of caller: those listed may call it (any answer but 401 or 403),
 * all others are refused. The table is checked against the application's own mappings, so an endpoint added
 * without an entry here fails {@link #coversEveryEndpoint}.
 * <p>
 * MENTOR is mentor F1 and RESIDENT resident R1 of the director's cohort; the OTHER_ ones are F2, R2 of the same
 * cohort and a director of another program. Path variables are filled from the world the entry asks for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleMatrixTest {

    enum Persona { ANONYMOUS, ADMIN, DIRECTOR, OTHER_DIRECTOR, MENTOR, OTHER_MENTOR, RESIDENT, OTHER_RESIDENT }

    /** The stage the world is put in before the entry's requests. */
    enum Stage { DRAFT, PROPOSED, PUBLISHED }

    record Entry(HttpMethod method, String pattern, Stage stage, String body, Set<Persona> allowed) {

        String key() {
            return method + " " + pattern;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Persona> MEMBERS = EnumSet.of(ADMIN, DIRECTOR, MENTOR, OTHER_MENTOR, RESIDENT, OTHER_RESIDENT);
    private static final Set<Persona> MANAGERS = EnumSet.of(ADMIN, DIRECTOR);
    private static final String WEIGHTS = """
            {"specialty": 9, "interests": 6, "availability": 4, "residentRank": 8, "mentorPreference": 3,
             "loadBalance": 2, "repeatPair": 5}""";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    static final List<Entry> MATRIX = List.of(
            // foundation: users, programs, cohorts
            entry("GET", "/api/me", Stage.DRAFT, null, SIGNED_IN),
            entry("POST", "/api/users", Stage.DRAFT, """
                    {"username": "user-{unique}", "displayName": "U", "email": "u{unique}@example.org",
                     "password": "long-enough-pw", "role": "RESIDENT"}""", EnumSet.of(ADMIN)),
            entry("GET", "/api/programs", Stage.DRAFT, null, EnumSet.of(ADMIN, DIRECTOR, OTHER_DIRECTOR)),
            entry("POST", "/api/programs", Stage.DRAFT, "{\"name\": \"Program {unique}\"}", EnumSet.of(ADMIN)),
            entry("GET", "/api/cohorts", Stage.DRAFT, null, SIGNED_IN),
            entry("POST", "/api/cohorts", Stage.DRAFT, """
                    {"programId": {programId}, "code": "C{unique}", "name": "N", "academicYear": "2028-2029"}""", MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}", Stage.DRAFT, null, MEMBERS),
            entry("PUT", "/api/cohorts/{cohortId}/settings", Stage.DRAFT, """
                    {"version": 0, "name": "N", "academicYear": "2028-2029", "responseWindowDays": 7,
                     "maxRankedMentors": 3, "requireSameSpecialty": false, "preferContinuity": false,
                     "weights": %s}""".formatted(WEIGHTS), MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/transitions", Stage.DRAFT, "{\"to\": \"ARCHIVED\"}", MANAGERS),
            // matching runs
            entry("POST", "/api/cohorts/{cohortId}/runs", Stage.PROPOSED, "{\"mode\": \"stable\", \"timeLimitSeconds\": 1}", MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/runs", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/runs/{runId}", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/runs/{runId}/result", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/runs/{runId}/events", Stage.PROPOSED, null, MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/runs/{runId}/cancel", Stage.PROPOSED, null, MANAGERS),
            // proposals and decisions
            entry("GET", "/api/cohorts/{cohortId}/proposals", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/proposals/overdue", Stage.PROPOSED, null, MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/pin", Stage.PROPOSED, null, MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/unpin", Stage.PROPOSED, null, MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/pairing-changes/preview", Stage.PROPOSED,
                    "{\"kind\": \"SWAP\", \"resident\": \"R1\", \"otherResident\": \"R2\"}", MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/pairing-changes", Stage.PROPOSED,
                    "{\"kind\": \"SWAP\", \"resident\": \"R1\", \"otherResident\": \"R2\"}", MANAGERS),
            entry("POST", "/api/cohorts/{cohortId}/proposals/send", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorCode}/proposals", Stage.PROPOSED, null,
                    EnumSet.of(ADMIN, DIRECTOR, MENTOR)),
            entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/accept", Stage.PROPOSED,
                    "{\"version\": 0}", EnumSet.of(ADMIN, MENTOR)),
            entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/decline", Stage.PROPOSED,
                    "{\"version\": 0, \"reason\": \"no time\"}", EnumSet.of(ADMIN, MENTOR)),
            // publication
            entry("POST", "/api/cohorts/{cohortId}/publication", Stage.PROPOSED,
                    "{\"override\": true, \"reason\": \"term starts\"}", MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/publication", Stage.PUBLISHED, null, MEMBERS),
            entry("GET", "/api/cohorts/{cohortId}/pairings", Stage.PUBLISHED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/pairings.csv", Stage.PUBLISHED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/residents/{residentCode}/pairing", Stage.PUBLISHED, null,
                    EnumSet.of(ADMIN, DIRECTOR, RESIDENT)),
            entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorCode}/pairings", Stage.PUBLISHED, null,
                    EnumSet.of(ADMIN, DIRECTOR, MENTOR)),
            entry("GET", "/api/cohorts/{cohortId}/pairings/{pairingId}/first-meeting.ics", Stage.PUBLISHED, null,
                    EnumSet.of(ADMIN, DIRECTOR, MENTOR, RESIDENT)),
            // audit log
            entry("GET", "/api/cohorts/{cohortId}/audit", Stage.PROPOSED, null, MANAGERS),
            entry("GET", "/api/cohorts/{cohortId}/audit.csv", Stage.PROPOSED, null, MANAGERS));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void coversEveryEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern));
                }
            }
        }
        Set<String> listed = new TreeSet<>(MATRIX.stream().map(Entry::key).toList());
        assertThat(listed).as("endpoints in the role matrix").containsExactlyElementsOf(mapped);
    }

    static Stream<Entry> matrix() {
        return MATRIX.stream();
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void allowsListedCallersAndRefusesAllOthers(Entry entry) throws Exception {
        World world = data.world(entry.stage() == Stage.DRAFT ? CohortState.DRAFT : CohortState.MATCHING);
        Pairings.Stage stage = switch (entry.stage()) {
            case DRAFT -> null;
            case PROPOSED -> pairings.proposed(world);
            case PUBLISHED -> pairings.published(world);
        };
        Map<Persona, String> users = new LinkedHashMap<>();
        users.put(ADMIN, world.admin());
        users.put(DIRECTOR, world.director());
        users.put(OTHER_DIRECTOR, data.outsiderDirector());
        users.put(MENTOR, world.mentor1());
        users.put(OTHER_MENTOR, world.mentor2());
        users.put(RESIDENT, world.resident1());
        users.put(OTHER_RESIDENT, world.resident2());
        List<String> wrong = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            String path = fill(entry.pattern(), world, stage);
            MockHttpServletRequestBuilder request = request(entry.method(), path).with(csrf());
            if (entry.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(fill(entry.body(), world, stage));
            }
            if (persona != ANONYMOUS) {
                request.with(data.as(users.get(persona)));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            boolean refused = status == 401 || status == 403;
            if (entry.allowed().contains(persona) == refused) {
                wrong.add(persona + " got " + status);
            }
        }
        assertThat(wrong).as(entry.key() + " allowed to " + entry.allowed()).isEmpty();
    }

    private static String fill(String template, World world, Pairings.Stage stage) {
        String text = template.replace("{unique}", String.valueOf(UNIQUE.incrementAndGet()))
                .replace("{programId}", String.valueOf(world.programId()))
                .replace("{cohortId}", String.valueOf(world.cohortId()))
                .replace("{mentorCode}", "F1")
                .replace("{residentCode}", "R1");
        if (stage != null) {
            text = text.replace("{runId}", String.valueOf(stage.runId()))
                    .replace("{proposalId}", String.valueOf(stage.proposalR1()))
                    .replace("{pairingId}", String.valueOf(stage.proposalR1()));
        }
        return text;
    }

    private static Entry entry(String method, String pattern, Stage stage, String body, Set<Persona> allowed) {
        return new Entry(HttpMethod.valueOf(method), pattern, stage, body, allowed);
    }
}
