package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.TotpFixture;
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
    /** The two members of the pairing R1-F1 themselves: nobody answers or reads their surveys for them. */
    private static final Set<Caller> PAIR_R1_F1 = EnumSet.of(Caller.MENTOR, Caller.RESIDENT);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String SETTINGS = """
            {"version": 0, "name": "Renamed", "academicYear": "2027-2028", "responseWindowDays": 7,
             "maxRankedMentors": 3, "requireSameSpecialty": false, "preferContinuity": false,
             "weights": {"specialty": 10, "interests": 6, "availability": 4, "residentRank": 8,
             "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5}}""";

    record Entry(String method, String pattern, CohortState state, Set<Caller> allowed,
                 Function<World, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {

        String key() {
            return method + " " + pattern;
        }
    }

    private static String cohort(World w) {
        return "/api/cohorts/" + w.cohortId();
    }

    /**
     * Puts a world into a later stage than a cohort state can say (a finished run, proposals, a publication).
     * Static so that the entries above, which are static, can reach it; set once per test context.
     */
    private static Pairings pairings;

    static final List<Entry> MATRIX = List.of(
            new Entry("POST", "/api/programs", CohortState.DRAFT, EnumSet.of(Caller.ADMIN), w -> post("/api/programs")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"P-" + UUID.randomUUID() + "\"}")),
            new Entry("GET", "/api/programs", CohortState.DRAFT, DIRECTORS_ANYWHERE, w -> get("/api/programs")),
            new Entry("POST", "/api/users", CohortState.DRAFT, EnumSet.of(Caller.ADMIN), w -> post("/api/users")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"username": "u-%s", "displayName": "U", "password": "amber-otter-lantern-47", "role": "MENTOR"}
                            """.formatted(UUID.randomUUID()))),
            new Entry("GET", "/api/me", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me")),
            new Entry("DELETE", "/api/users/{username}/sign-in-lock", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> delete("/api/users/" + w.director() + "/sign-in-lock")),
            new Entry("GET", "/api/users", CohortState.DRAFT, DIRECTORS_ANYWHERE, w -> get("/api/users?role=RESIDENT")),
            new Entry("PATCH", "/api/users/{username}", CohortState.DRAFT, MANAGERS, w -> patch("/api/users/" + w.resident2())
                    .contentType("application/merge-patch+json").content("{\"displayName\": \"Renamed\", \"enabled\": true}")),
            new Entry("POST", "/api/users/{username}/password-reset", CohortState.DRAFT, MANAGERS,
                    w -> post("/api/users/" + w.resident2() + "/password-reset")),
            new Entry("POST", "/api/me/password", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> post("/api/me/password")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"currentPassword": "%s", "newPassword": "amber-otter-lantern-47"}""".formatted(TestData.PASSWORD))),
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
            new Entry("GET", "/api/cohorts/{cohortId}/conflicts", CohortState.DRAFT, MANAGERS, w -> get(cohort(w) + "/conflicts")),
            new Entry("POST", "/api/cohorts/{cohortId}/conflicts", CohortState.DRAFT, MANAGERS, w -> post(cohort(w) + "/conflicts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"residentId\": \"R1\", \"mentorId\": \"F2\", \"reason\": \"direct supervisor\"}")),
            new Entry("DELETE", "/api/cohorts/{cohortId}/conflicts/{residentId}/{mentorId}", CohortState.DRAFT, MANAGERS,
                    w -> delete(cohort(w) + "/conflicts/R2/F1")),
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
            new Entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorId}/recommendations", CohortState.OPEN_FOR_PREFERENCES,
                    MENTOR_F1, w -> get(cohort(w) + "/mentors/F1/recommendations")),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorId}/similar", CohortState.OPEN_FOR_PREFERENCES,
                    COHORT_MEMBERS, w -> get(cohort(w) + "/mentors/F1/similar")),
            new Entry("PUT", "/api/cohorts/{cohortId}/mentors/{mentorId}/profile", CohortState.OPEN_FOR_PREFERENCES,
                    MENTOR_F1, w -> put(cohort(w) + "/mentors/F1/profile").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0, \"profile\": {\"specialty\": \"Cardiology\", \"capacity\": 3, \"accepting\": true}}")),
            // matching runs
            new Entry("POST", "/api/cohorts/{cohortId}/comparison", CohortState.OPEN_FOR_PREFERENCES, MANAGERS,
                    w -> post(cohort(w) + "/comparison").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"timeLimitSeconds\": 1}")),
            new Entry("POST", "/api/cohorts/{cohortId}/runs", CohortState.OPEN_FOR_PREFERENCES, MANAGERS,
                    w -> post(cohort(w) + "/runs").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mode\": \"stable\", \"timeLimitSeconds\": 1}")),
            new Entry("GET", "/api/cohorts/{cohortId}/runs", CohortState.MATCHING, MANAGERS, w -> get(cohort(w) + "/runs")),
            new Entry("GET", "/api/cohorts/{cohortId}/runs/{runId}", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/runs/" + pairings.proposed(w).runId())),
            new Entry("GET", "/api/cohorts/{cohortId}/runs/{runId}/result", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/runs/" + pairings.proposed(w).runId() + "/result")),
            // issue 20: the run's integrity report
            new Entry("GET", "/api/cohorts/{cohortId}/runs/{runId}/integrity", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/runs/" + pairings.proposed(w).runId() + "/integrity")),
            new Entry("GET", "/api/cohorts/{cohortId}/runs/{runId}/events", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/runs/" + pairings.proposed(w).runId() + "/events")),
            new Entry("POST", "/api/cohorts/{cohortId}/runs/{runId}/cancel", CohortState.MATCHING, MANAGERS,
                    w -> post(cohort(w) + "/runs/" + pairings.queuedRun(w) + "/cancel")),
            // proposals and decisions
            new Entry("GET", "/api/cohorts/{cohortId}/proposals", CohortState.MATCHING, MANAGERS,
                    w -> get(proposed(w, "/proposals?filter=ALL"))),
            new Entry("GET", "/api/cohorts/{cohortId}/proposals/overdue", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/proposals/overdue")),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/pin", CohortState.MATCHING, MANAGERS,
                    w -> post(cohort(w) + "/proposals/" + pairings.proposed(w).proposalR1() + "/pin")),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/unpin", CohortState.MATCHING, MANAGERS,
                    w -> post(cohort(w) + "/proposals/" + pairings.proposed(w).proposalR1() + "/unpin")),
            new Entry("POST", "/api/cohorts/{cohortId}/pairing-changes/preview", CohortState.MATCHING, MANAGERS,
                    w -> reassignR1ToF2(w, "/pairing-changes/preview")),
            new Entry("POST", "/api/cohorts/{cohortId}/pairing-changes", CohortState.MATCHING, MANAGERS,
                    w -> reassignR1ToF2(w, "/pairing-changes")),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/send", CohortState.MATCHING, MANAGERS,
                    w -> post(drafts(w, "/proposals/send"))),
            // issue 21: sent proposals taken back while unanswered, and applied swaps reverted
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/withdraw", CohortState.MATCHING, MANAGERS,
                    w -> post(proposed(w, "/proposals/withdraw"))),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/withdraw", CohortState.MATCHING, MANAGERS,
                    w -> post(cohort(w) + "/proposals/" + pairings.proposed(w).proposalR1() + "/withdraw")),
            new Entry("GET", "/api/cohorts/{cohortId}/pairing-changes/swaps", CohortState.MATCHING, MANAGERS,
                    w -> {
                        pairings.swapped(w);
                        return get(cohort(w) + "/pairing-changes/swaps");
                    }),
            new Entry("POST", "/api/cohorts/{cohortId}/pairing-changes/swaps/{swapId}/revert", CohortState.MATCHING,
                    MANAGERS, w -> post(cohort(w) + "/pairing-changes/swaps/" + pairings.swapped(w) + "/revert")),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorCode}/proposals", CohortState.MATCHING, MENTOR_F1,
                    w -> get(proposed(w, "/mentors/F1/proposals"))),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/accept", CohortState.MATCHING,
                    EnumSet.of(Caller.ADMIN, Caller.MENTOR), w -> post(cohort(w) + "/proposals/"
                            + pairings.proposed(w).proposalR1() + "/accept")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/decline", CohortState.MATCHING,
                    EnumSet.of(Caller.ADMIN, Caller.MENTOR), w -> post(cohort(w) + "/proposals/"
                            + pairings.proposed(w).proposalR1() + "/decline")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"reason\": \"no time\"}")),
            new Entry("GET", "/api/cohorts/{cohortId}/proposals/declined-residents", CohortState.MATCHING, MANAGERS,
                    w -> {
                        pairings.declined(w);
                        return get(cohort(w) + "/proposals/declined-residents");
                    }),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/rematch-preview", CohortState.MATCHING,
                    MANAGERS, w -> post(cohort(w) + "/proposals/" + pairings.declined(w) + "/rematch-preview")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"k\": 1}")),
            new Entry("POST", "/api/cohorts/{cohortId}/proposals/{proposalId}/rematch", CohortState.MATCHING,
                    MANAGERS, w -> post(cohort(w) + "/proposals/" + pairings.declined(w) + "/rematch")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"k\": 0}")),
            // publication
            new Entry("POST", "/api/cohorts/{cohortId}/publication", CohortState.MATCHING, MANAGERS,
                    w -> post(proposed(w, "/publication"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"override\": true, \"reason\": \"term starts\"}")),
            new Entry("GET", "/api/cohorts/{cohortId}/publication", CohortState.MATCHING, COHORT_MEMBERS,
                    w -> get(published(w, "/publication"))),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings", CohortState.MATCHING, MANAGERS,
                    w -> get(published(w, "/pairings"))),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings.csv", CohortState.MATCHING, MANAGERS,
                    w -> get(published(w, "/pairings.csv"))),
            new Entry("GET", "/api/cohorts/{cohortId}/residents/{residentCode}/pairing", CohortState.MATCHING, RESIDENT_R1,
                    w -> get(published(w, "/residents/R1/pairing"))),
            new Entry("GET", "/api/cohorts/{cohortId}/mentors/{mentorCode}/pairings", CohortState.MATCHING, MENTOR_F1,
                    w -> get(published(w, "/mentors/F1/pairings"))),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings/{pairingId}/first-meeting.ics", CohortState.MATCHING,
                    EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR, Caller.RESIDENT),
                    w -> get(cohort(w) + "/pairings/" + pairings.published(w).proposalR1() + "/first-meeting.ics")),
            // mid-year change of mentor
            new Entry("POST", "/api/cohorts/{cohortId}/pairings/{pairingId}/change-requests", CohortState.MATCHING,
                    EnumSet.of(Caller.MENTOR, Caller.RESIDENT), w -> post(cohort(w) + "/pairings/"
                            + pairings.published(w).proposalR1() + "/change-requests")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"we never meet\"}")),
            new Entry("GET", "/api/cohorts/{cohortId}/change-requests", CohortState.MATCHING, MANAGERS,
                    w -> get(cohort(w) + "/change-requests?filter=OPEN")),
            new Entry("GET", "/api/cohorts/{cohortId}/change-requests/{requestId}/options", CohortState.MATCHING,
                    MANAGERS, w -> get(cohort(w) + "/change-requests/" + pairings.changeRequested(w) + "/options")),
            new Entry("GET", "/api/cohorts/{cohortId}/change-requests/{requestId}/rematch-preview", CohortState.MATCHING,
                    MANAGERS, w -> get(cohort(w) + "/change-requests/" + pairings.changeRequested(w)
                            + "/rematch-preview?k=1&allowAccepted=R2")),
            new Entry("POST", "/api/cohorts/{cohortId}/change-requests/{requestId}/decision", CohortState.MATCHING,
                    MANAGERS, w -> post(cohort(w) + "/change-requests/" + pairings.changeRequested(w) + "/decision")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"approve\": false, \"reason\": \"give it time\"}")),
            // check-in surveys: only the pairing's two members see and answer its surveys; directors see results
            new Entry("GET", "/api/me/surveys", CohortState.MATCHING, EVERYONE_SIGNED_IN, w -> get(surveysDue(w, "/api/me/surveys"))),
            new Entry("GET", "/api/surveys/{surveyId}", CohortState.MATCHING, PAIR_R1_F1,
                    w -> get("/api/surveys/" + dueFirstMeetingSurvey(w))),
            new Entry("POST", "/api/surveys/{surveyId}/responses", CohortState.MATCHING, PAIR_R1_F1,
                    w -> post("/api/surveys/" + dueFirstMeetingSurvey(w) + "/responses")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"score\": 4, \"text\": \"good start\"}")),
            new Entry("GET", "/api/cohorts/{cohortId}/surveys/definitions", CohortState.DRAFT, MANAGERS,
                    w -> get(cohort(w) + "/surveys/definitions")),
            new Entry("PUT", "/api/cohorts/{cohortId}/surveys/definitions/{kind}", CohortState.DRAFT, MANAGERS,
                    w -> put(cohort(w) + "/surveys/definitions/first-meeting").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"scoreQuestion\": \"A good fit?\", \"textQuestion\": \"Anything else?\"}")),
            new Entry("DELETE", "/api/cohorts/{cohortId}/surveys/definitions/{kind}", CohortState.DRAFT, MANAGERS,
                    w -> delete(cohort(w) + "/surveys/definitions/mid-year")),
            new Entry("GET", "/api/cohorts/{cohortId}/surveys/settings", CohortState.DRAFT, MANAGERS,
                    w -> get(cohort(w) + "/surveys/settings")),
            // issue 19 (privacy of the year): only an administrator switches single survey answers on
            new Entry("PUT", "/api/cohorts/{cohortId}/surveys/settings", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> put(cohort(w) + "/surveys/settings").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"showIndividualAnswers\": true}")),
            new Entry("GET", "/api/cohorts/{cohortId}/surveys/results", CohortState.MATCHING, MANAGERS,
                    w -> get(surveysDue(w, cohort(w) + "/surveys/results"))),
            new Entry("GET", "/api/cohorts/{cohortId}/surveys/responses", CohortState.MATCHING, MANAGERS,
                    w -> get(surveysDue(w, cohort(w) + "/surveys/responses"))),
            // the mentoring year: only the pair itself reads and writes meetings and goals
            new Entry("POST", "/api/cohorts/{cohortId}/pairings/{pairingId}/meetings", CohortState.MATCHING, PAIR_R1_F1,
                    w -> post(pairingR1(w) + "/meetings").contentType(MediaType.APPLICATION_JSON).content("""
                            {"date": "%s", "minutes": 45, "format": "VIDEO", "topics": ["Research"], "note": "n"}
                            """.formatted(LocalDate.now(ZoneOffset.UTC)))),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings/{pairingId}/meetings", CohortState.MATCHING, PAIR_R1_F1,
                    w -> get(pairingR1(w) + "/meetings")),
            new Entry("POST", "/api/cohorts/{cohortId}/pairings/{pairingId}/meetings/{meetingId}/confirmation",
                    CohortState.MATCHING, EnumSet.of(Caller.MENTOR), w -> {
                        long pairingId = pairings.published(w).proposalR1();
                        return post(cohort(w) + "/pairings/" + pairingId + "/meetings/"
                                + pairings.meeting(w, pairingId, false) + "/confirmation");
                    }),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings/{pairingId}/meetings.ics", CohortState.MATCHING,
                    EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR, Caller.RESIDENT),
                    w -> get(pairingR1(w) + "/meetings.ics")),
            new Entry("GET", "/api/cohorts/{cohortId}/pairings/{pairingId}/goals", CohortState.MATCHING, PAIR_R1_F1,
                    w -> get(pairingR1(w) + "/goals")),
            new Entry("POST", "/api/cohorts/{cohortId}/pairings/{pairingId}/goals", CohortState.MATCHING, PAIR_R1_F1,
                    w -> post(pairingR1(w) + "/goals").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\": \"Publish a case report\", \"competency\": \"MEDICAL_KNOWLEDGE\"}")),
            new Entry("PUT", "/api/cohorts/{cohortId}/pairings/{pairingId}/goals/{goalId}", CohortState.MATCHING, PAIR_R1_F1,
                    w -> put(goalR1(w)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\": \"Case report\", \"competency\": \"MEDICAL_KNOWLEDGE\", \"status\": \"ACHIEVED\"}")),
            new Entry("DELETE", "/api/cohorts/{cohortId}/pairings/{pairingId}/goals/{goalId}", CohortState.MATCHING, PAIR_R1_F1,
                    w -> delete(goalR1(w))),
            new Entry("GET", "/api/me/pairings", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/pairings")),
            new Entry("GET", "/api/me/reminders", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/reminders")),
            new Entry("PUT", "/api/me/reminders", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> put("/api/me/reminders")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"optionalReminders\": false}")),
            new Entry("GET", "/api/cohorts/{cohortId}/cadence", CohortState.DRAFT, COHORT_MEMBERS, w -> get(cohort(w) + "/cadence")),
            new Entry("PUT", "/api/cohorts/{cohortId}/cadence", CohortState.DRAFT, MANAGERS, w -> put(cohort(w) + "/cadence")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"firstMeetingWeeks\": 3, \"everyWeeks\": 8}")),
            new Entry("GET", "/api/cohorts/{cohortId}/health", CohortState.MATCHING, MANAGERS, w -> get(published(w, "/health"))),
            new Entry("GET", "/api/cohorts/{cohortId}/health.csv", CohortState.MATCHING, MANAGERS,
                    w -> get(published(w, "/health.csv"))),
            // next year
            new Entry("POST", "/api/cohorts/{cohortId}/next-year", CohortState.MATCHING, MANAGERS,
                    w -> post(published(w, "/next-year"))),
            new Entry("POST", "/api/cohorts/{cohortId}/residents/{residentCode}/continuity-request",
                    CohortState.OPEN_FOR_PREFERENCES, RESIDENT_R1, w -> post(continuing(w, "/residents/R1/continuity-request"))),
            new Entry("GET", "/api/cohorts/{cohortId}/continuity-requests", CohortState.OPEN_FOR_PREFERENCES, MANAGERS,
                    w -> get(continuing(w, "/continuity-requests"))),
            new Entry("POST", "/api/cohorts/{cohortId}/continuity-requests/{requestId}/pin", CohortState.OPEN_FOR_PREFERENCES,
                    MANAGERS, w -> post(cohort(w) + "/continuity-requests/" + pairings.continuityRequest(w) + "/pin")),
            // mentoring families: F1 leads R1's family, F2 leads R2's
            new Entry("GET", "/api/cohorts/{cohortId}/families", CohortState.MATCHING, MANAGERS,
                    w -> get(families(w, "/families"))),
            new Entry("GET", "/api/cohorts/{cohortId}/families/mine", CohortState.MATCHING, COHORT_MEMBERS,
                    w -> get(families(w, "/families/mine"))),
            new Entry("GET", "/api/cohorts/{cohortId}/families/{mentorCode}/meetings.ics", CohortState.MATCHING,
                    EnumSet.of(Caller.ADMIN, Caller.DIRECTOR, Caller.MENTOR, Caller.RESIDENT),
                    w -> get(families(w, "/families/F1/meetings.ics"))),
            // issue 19, personal API tokens: every signed-in person manages their own, nobody anyone else's
            new Entry("POST", "/api/me/tokens", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> post("/api/me/tokens")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"ci\", \"scope\": \"read\", \"expiresInDays\": 30}")),
            new Entry("GET", "/api/me/tokens", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/tokens")),
            new Entry("DELETE", "/api/me/tokens/{id}", CohortState.DRAFT, EVERYONE_SIGNED_IN,
                    w -> delete("/api/me/tokens/" + callersToken(w))),
            // issue 23, Teams and Slack notices: a program's own directors and the administrators, nobody else
            new Entry("GET", "/api/programs/{programId}/webhook", CohortState.DRAFT, MANAGERS, w -> get(webhook(w))),
            new Entry("PUT", "/api/programs/{programId}/webhook", CohortState.DRAFT, MANAGERS, w -> put(webhook(w))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"service": "SLACK", "url": "https://hooks.slack.com/services/T0/B0/matrix", "events": ["DECLINE"]}""")),
            new Entry("DELETE", "/api/programs/{programId}/webhook", CohortState.DRAFT, MANAGERS,
                    w -> delete(withWebhook(w))),
            new Entry("POST", "/api/programs/{programId}/webhook/test", CohortState.DRAFT, MANAGERS,
                    w -> post(withWebhook(w) + "/test")),
            // issue 23, calendars: one's own calendar address; weekly hours proposed from a calendar in a cohort one sees
            new Entry("GET", "/api/me/calendar-feed", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/calendar-feed")),
            new Entry("POST", "/api/me/calendar-feed", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> post("/api/me/calendar-feed")),
            new Entry("DELETE", "/api/me/calendar-feed", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> {
                callersCalendar();
                return delete("/api/me/calendar-feed");
            }),
            new Entry("POST", "/api/cohorts/{cohortId}/availability-from-calendar", CohortState.OPEN_FOR_PREFERENCES,
                    COHORT_MEMBERS, w -> multipart(cohort(w) + "/availability-from-calendar").file(new MockMultipartFile(
                            "file", "calendar.ics", "text/calendar", RoleMatrixTest.CALENDAR.getBytes(StandardCharsets.UTF_8)))),
            // audit log
            new Entry("GET", "/api/cohorts/{cohortId}/audit", CohortState.MATCHING, MANAGERS, w -> get(cohort(w) + "/audit")),
            new Entry("GET", "/api/cohorts/{cohortId}/audit.csv", CohortState.MATCHING, MANAGERS, w -> get(cohort(w) + "/audit.csv")),
            // issue 21: the audit log across a director's program (any director: their own program's entries), accounts
            // and the people on rosters
            new Entry("GET", "/api/audit", CohortState.MATCHING, DIRECTORS_ANYWHERE, w -> get("/api/audit?person=a")),
            new Entry("GET", "/api/audit.csv", CohortState.MATCHING, DIRECTORS_ANYWHERE, w -> get("/api/audit.csv")),
            new Entry("GET", "/api/me/memberships", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/memberships")),
            new Entry("GET", "/api/users/{username}/memberships", CohortState.DRAFT, MANAGERS,
                    w -> get("/api/users/" + w.resident2() + "/memberships")),
            new Entry("POST", "/api/cohorts/{cohortId}/residents/{code}/account", CohortState.DRAFT, MANAGERS,
                    w -> post(cohort(w) + "/residents/" + withoutAccount(w, "resident", "R2") + "/account")),
            new Entry("POST", "/api/cohorts/{cohortId}/mentors/{code}/account", CohortState.DRAFT, MANAGERS,
                    w -> post(cohort(w) + "/mentors/" + withoutAccount(w, "mentor", "F2") + "/account")),
            new Entry("GET", "/api/users/{username}/link-candidates", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> get("/api/users/" + w.resident2() + "/link-candidates?q=resident")),
            new Entry("POST", "/api/users/{username}/memberships", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> post("/api/users/" + unlinkedR2(w) + "/memberships").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cohortId\": " + w.cohortId() + ", \"code\": \"R2\"}")),
            // the second factor (issue 19): one's own only; the callers' set-ups or second factors share one secret
            new Entry("GET", "/api/me/second-factor", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> get("/api/me/second-factor")),
            new Entry("POST", "/api/me/second-factor", CohortState.DRAFT, EVERYONE_SIGNED_IN, w -> post("/api/me/second-factor")),
            new Entry("POST", "/api/me/second-factor/confirmation", CohortState.DRAFT, EVERYONE_SIGNED_IN,
                    w -> post("/api/me/second-factor/confirmation").with(RoleMatrixTest.totp.started(w))
                            .contentType(MediaType.APPLICATION_JSON).content(RoleMatrixTest.totp.codeJson())),
            new Entry("POST", "/api/me/second-factor/turn-off", CohortState.DRAFT, EVERYONE_SIGNED_IN,
                    w -> post("/api/me/second-factor/turn-off").with(RoleMatrixTest.totp.on(w))
                            .contentType(MediaType.APPLICATION_JSON).content(RoleMatrixTest.totp.codeJson())),
            new Entry("DELETE", "/api/users/{username}/second-factor", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> delete("/api/users/" + w.resident2() + "/second-factor").with(RoleMatrixTest.totp.on(w))),
            // accounts never reach across programs (issue 19): a temporary password for a person without e-mail,
            // and setting a password from a mailed link, which needs no sign-in (the link's token is the proof)
            new Entry("POST", "/api/users/{username}/temporary-password", CohortState.DRAFT, EnumSet.of(Caller.ADMIN),
                    w -> post("/api/users/" + withoutEmail(w) + "/temporary-password")),
            new Entry("POST", "/api/password-links", CohortState.DRAFT, EnumSet.allOf(Caller.class),
                    w -> post("/api/password-links").contentType(MediaType.APPLICATION_JSON).content(
                            "{\"token\": \"%s\", \"newPassword\": \"amber-otter-lantern-47\"}".formatted(passwordLink(w)))));


    /** Second factors for the entries above (static like {@link #pairings}). */
    private static TotpFixture totp;

    @Autowired
    void secondFactors(TotpFixture fixture) {
        RoleMatrixTest.totp = fixture;
    }


    /**
     * Issue 19: an account outside a director's reach answers as unknown (404), so that a director of another program
     * cannot tell which accounts exist there.
     */
    private static final Set<String> HIDDEN_FROM_OTHER_PROGRAMS = Set.of("PATCH /api/users/{username}",
            "POST /api/users/{username}/password-reset", "GET /api/users/{username}/memberships");

    private static String webhook(World w) {
        return "/api/programs/" + w.programId() + "/webhook";
    }

    /**
     * The program with a webhook whose stored address does not decrypt: a test message is accepted and then given up
     * by the delivery job without any network call.
     */
    private static String withWebhook(World w) {
        jdbc.update("""
                insert into program_webhook (program_id, service, url_encrypted, url_masked, events, updated_at, updated_by)
                select ?, 'SLACK', 'bm90LWEtY2lwaGVydGV4dA==', 'https://hooks.slack.com/…trix', '', current_timestamp, 'matrix'
                where not exists (select 1 from program_webhook where program_id = ?)""", w.programId(), w.programId());
        return webhook(w);
    }

    /** A roster person unlinked from their account and with a new e-mail address: nobody's account has it yet. */
    private static String withoutAccount(World w, String table, String code) {
        jdbc.update("update " + table + " set user_id = null, email = ? where cohort_id = ? and code = ?",
                "invited-" + table + "-" + code + "-" + w.cohortId() + "@example.org", w.cohortId(), code);
        return code;
    }

    /** R2's account, with R2 unlinked from it on the roster: an administrator may link them again. */
    private static String unlinkedR2(World w) {
        jdbc.update("update resident set user_id = null where cohort_id = ? and code = 'R2'", w.cohortId());
        return w.resident2();
    }

    /** R2, whose account has no e-mail address. */
    private static String withoutEmail(World w) {
        jdbc.update("update app_user set email = null where username = ?", w.resident2());
        return w.resident2();
    }

    /** The token of a fresh link to set R2's password, stored as the service stores it: its SHA-256 only. */
    private static String passwordLink(World w) {
        String token = UUID.randomUUID().toString();
        String hash = sha256(token);
        jdbc.update("insert into password_link (user_id, token_hash, created_at, expires_at) select id, ?, ?, ? from app_user"
                + " where username = ?", hash, Timestamp.from(Instant.now()), Timestamp.from(Instant.now().plusSeconds(3600)),
                w.resident2());
        return token;
    }


    @Autowired
    void stages(Pairings fixture) {
        RoleMatrixTest.pairings = fixture;
    }

    // issue 19, personal API tokens: the caller of the current check owns the token its DELETE entry revokes
    private static JdbcTemplate jdbc;
    private static String caller;

    @Autowired
    void tokens(JdbcTemplate template) {
        RoleMatrixTest.jdbc = template;
    }

    /** A fresh read token of the caller of the current check (a token of nobody's for anonymous); returns its id. */
    private static long callersToken(World w) {
        return caller == null ? 987_654_321L : token(caller, "READ", UUID.randomUUID().toString()).id();
    }

    /** A live calendar address of the caller of the current check, for the DELETE entry to revoke. */
    private static void callersCalendar() {
        if (caller != null) {
            jdbc.update("""
                    insert into calendar_feed (user_id, secret_hash, created_at)
                    select id, ?, current_timestamp from app_user where username = ?""",
                    sha256(UUID.randomUUID().toString()), caller);
        }
    }

    private static final String CALENDAR = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Matrix//EN",
            "BEGIN:VEVENT", "UID:1@example.org", "DTSTAMP:20270101T000000Z", "DTSTART:20270104T090000Z",
            "DTEND:20270104T100000Z", "RRULE:FREQ=WEEKLY", "END:VEVENT", "END:VCALENDAR", "");

    private record Token(long id, String secret) {
    }

    private static Token token(String username, String scope, String secret) {
        jdbc.update("""
                insert into api_token (user_id, name, scope, token_hash, created_at, expires_at)
                select id, 'matrix', ?, ?, current_timestamp, current_timestamp + interval '1' day
                from app_user where username = ?""", scope, sha256(secret), username);
        return new Token(jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, sha256(secret)), secret);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A read token acts as its owner for reads and is refused every change: each entry of the matrix with the
     * administrator's read token, without CSRF token or session, is a 2xx for GET and a 403 for anything else.
     */
    @TestFactory
    Stream<DynamicTest> letsAReadTokenOnlyRead() {
        return MATRIX.stream().filter(entry -> entry.allowed().contains(Caller.ADMIN)).map(entry ->
                DynamicTest.dynamicTest(entry.key() + " with the administrator's read token", () -> {
                    World world = data.world(entry.state());
                    caller = world.admin();
                    Token token = token(world.admin(), "READ", "mmt_" + UUID.randomUUID());
                    int status = mvc.perform(entry.request().apply(world)
                            .header("Authorization", "Bearer " + token.secret())).andReturn().getResponse().getStatus();
                    if (entry.method().equals("GET")) {
                        assertThat(status).as(entry.key()).isBetween(200, 299);
                    } else {
                        assertThat(status).as(entry.key()).isEqualTo(403);
                    }
                }));
    }

    /**
     * Issue 23: a SCIM token, an identity provider's, reaches only /scim/v2: every entry of the matrix that the
     * administrator may call is a 403 with the administrator's SCIM token (ScimRoleMatrixTest checks the SCIM side).
     */
    @TestFactory
    Stream<DynamicTest> letsAScimTokenReachNothingUnderApi() {
        return MATRIX.stream().filter(entry -> entry.allowed().contains(Caller.ADMIN)).map(entry ->
                DynamicTest.dynamicTest(entry.key() + " with the administrator's SCIM token", () -> {
                    World world = data.world(entry.state());
                    caller = world.admin();
                    Token token = token(world.admin(), "SCIM", "mmt_" + UUID.randomUUID());
                    int status = mvc.perform(entry.request().apply(world)
                            .header("Authorization", "Bearer " + token.secret())).andReturn().getResponse().getStatus();
                    assertThat(status).as(entry.key()).isEqualTo(403);
                }));
    }

    /** The path in the world's cohort, after its proposals R1-F1 and R2-F2 were sent. */
    private static String proposed(World w, String path) {
        pairings.proposed(w);
        return cohort(w) + path;
    }

    /** The path in the world's cohort, with the run's proposals still drafts. */
    private static String drafts(World w, String path) {
        pairings.drafts(w);
        return cohort(w) + path;
    }

    /** The path in the world's cohort, after R1-F1 and R2-F2 were accepted and published. */
    private static String published(World w, String path) {
        pairings.published(w);
        return cohort(w) + path;
    }

    /** The path, after R1-F1 and R2-F2 were published in a cohort of mentoring families. */
    private static String families(World w, String path) {
        pairings.publishedFamilies(w);
        return cohort(w) + path;
    }

    /** The path, after R1-F1 and R2-F2 were published 40 days ago: their first-meeting surveys are due. */
    private static String surveysDue(World w, String path) {
        pairings.publishedDaysAgo(w, 40);
        return path;
    }

    /** R1-F1's first-meeting survey, due: the pairing was published 40 days ago. */
    private static String dueFirstMeetingSurvey(World w) {
        return pairings.publishedDaysAgo(w, 40).proposalR1() + "-first-meeting";
    }

    /** The path of the published pairing R1-F1. */
    private static String pairingR1(World w) {
        return cohort(w) + "/pairings/" + pairings.published(w).proposalR1();
    }

    /** The path of a goal of the published pairing R1-F1. */
    private static String goalR1(World w) {
        long pairingId = pairings.published(w).proposalR1();
        return cohort(w) + "/pairings/" + pairingId + "/goals/" + pairings.goal(w, pairingId);
    }

    /** The path in the world's cohort, made a next year's cohort in which R1 had F1 last year. */
    private static String continuing(World w, String path) {
        pairings.continuing(w);
        return cohort(w) + path;
    }

    private static MockHttpServletRequestBuilder reassignR1ToF2(World w, String path) {
        return post(proposed(w, path)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"REASSIGN\", \"resident\": \"R1\", \"mentor\": \"F2\"}");
    }

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
        String user = username(caller, world);
        RoleMatrixTest.caller = user;
        int status = mvc.perform(entry.request().apply(world).with(user == null ? anonymous() : data.as(user)).with(csrf()))
                .andReturn().getResponse().getStatus();
        if (entry.allowed().contains(caller)) {
            assertThat(status).as(entry.key() + " as " + caller).isBetween(200, 299);
        } else {
            int denied = caller == Caller.ANONYMOUS ? 401
                    : caller == Caller.OTHER_PROGRAMS_DIRECTOR && HIDDEN_FROM_OTHER_PROGRAMS.contains(entry.key()) ? 404 : 403;
            assertThat(status).as(entry.key() + " as " + caller).isEqualTo(denied);
        }
    }

    /** The caller's username; null for anonymous. Another program's director is a new one for each call. */
    private String username(Caller caller, World world) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case ADMIN -> world.admin();
            case DIRECTOR -> world.director();
            case OTHER_PROGRAMS_DIRECTOR -> data.outsiderDirector();
            case MENTOR -> world.mentor1();
            case OTHER_MENTOR -> world.mentor2();
            case RESIDENT -> world.resident1();
            case OTHER_RESIDENT -> world.resident2();
        };
    }
}
