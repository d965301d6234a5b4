package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.mentormatch.web.system.PageRoutes.Caller;
import io.mentormatch.web.system.PageRoutes.Route;
import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Every page route against every kind of caller, each signed in through the sign-in form: allowed callers get the
 * page or a redirect onwards, others 403 or 404, anonymous callers the sign-in page; a refused POST changes nothing.
 * Then mixed ids: a cohort's own id in the path with another program's proposal, run or pairing id, as a
 * director, an administrator (who may see both cohorts) or a mentor, is refused and changes nothing. A page route
 * missing from {@link PageRoutes}, or a route with a second id missing from the mixed ids, fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageRoleMatrixTest {

    /** A route whose second id is taken from another program's world. */
    record Mixed(String pattern, Stage stage, Caller caller) {
    }

    private static final Set<String> ROSTER_CODES = Set.of("resident", "mentor");

    static final List<Mixed> MIXED = List.of(
            new Mixed("/cohorts/{id}/runs/{runId}", Stage.DRAFTS, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/runs/{runId}", Stage.DRAFTS, Caller.ADMIN),
            new Mixed("/cohorts/{id}/runs/{runId}/progress", Stage.DRAFTS, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/runs/{runId}/progress", Stage.DRAFTS, Caller.ADMIN),
            new Mixed("/cohorts/{id}/runs/{runId}/cancel", Stage.QUEUED_RUN, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/runs/{runId}/cancel", Stage.QUEUED_RUN, Caller.ADMIN),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/pin", Stage.DRAFTS, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/pin", Stage.DRAFTS, Caller.ADMIN),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/rematch-preview", Stage.DECLINED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/rematch", Stage.DECLINED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/withdraw", Stage.PROPOSED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/proposals/{proposalId}/withdraw", Stage.PROPOSED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/proposals/swaps/{swapId}/revert", Stage.SWAPPED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/proposals/swaps/{swapId}/revert", Stage.SWAPPED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/published/{pairingId}/first-meeting.ics", Stage.PUBLISHED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/published/{pairingId}/first-meeting.ics", Stage.PUBLISHED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/published/{pairingId}/first-meeting.ics", Stage.PUBLISHED, Caller.MENTOR),
            new Mixed("/cohorts/{id}/published/{pairingId}/family-meetings.ics", Stage.FAMILIES, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/published/{pairingId}/family-meetings.ics", Stage.FAMILIES, Caller.MENTOR),
            new Mixed("/cohorts/{id}/published/{pairingId}/change-request", Stage.PUBLISHED, Caller.RESIDENT),
            new Mixed("/cohorts/{id}/change-requests/{requestId}/approve", Stage.CHANGE_REQUESTED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/change-requests/{requestId}/decline", Stage.CHANGE_REQUESTED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/change-requests/{requestId}/rematch-preview", Stage.CHANGE_REQUESTED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/change-requests/{requestId}/approve-moves", Stage.CHANGE_REQUESTED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/change-requests/{requestId}", Stage.CHANGE_REQUESTED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/rematch-drafts/{draftId}", Stage.DECLINED, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/rematch-drafts/{draftId}/approve", Stage.DECLINED, Caller.ADMIN),
            new Mixed("/cohorts/{id}/continuity-requests/{continuityId}/pin", Stage.CONTINUING, Caller.DIRECTOR),
            new Mixed("/cohorts/{id}/continuity-requests/{continuityId}/pin", Stage.CONTINUING, Caller.ADMIN),
            new Mixed("/inbox/{cohortId}/proposals/{proposalId}/accept", Stage.PROPOSED, Caller.MENTOR),
            new Mixed("/inbox/{cohortId}/proposals/{proposalId}/decline", Stage.PROPOSED, Caller.MENTOR),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/meetings", Stage.PUBLISHED, Caller.RESIDENT),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/meetings/{meetingId}/confirm", Stage.PUBLISHED, Caller.MENTOR),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/goals", Stage.PUBLISHED, Caller.MENTOR),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/meetings.ics", Stage.PUBLISHED, Caller.RESIDENT),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/edit", Stage.PUBLISHED, Caller.RESIDENT),
            new Mixed("/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}/delete", Stage.PUBLISHED, Caller.RESIDENT));

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    PageSecondFactors secondFactors;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void namesEveryPageRoute() {
        Set<String> inTable = PageRoutes.ROUTES.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("page routes in PageRoutes (add one for each new page)")
                .isEqualTo(PageRoutes.handled(handlerMapping, null));
    }

    @Test
    void mixesIdsOnEveryRouteWithASecondId() {
        // a roster code ({resident}, {mentor}) names a person within the path's cohort, so it cannot point elsewhere
        Set<String> withSecondId = PageRoutes.ROUTES.stream().map(Route::pattern)
                .filter(p -> PageRoutes.variables(p).stream().filter(v -> !ROSTER_CODES.contains(v)).count() > 1)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> mixed = MIXED.stream().map(Mixed::pattern).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mixed)
                .as("routes with mixed ids (add one for each new route with a second id)").isEqualTo(withSecondId);
    }

    @TestFactory
    Stream<DynamicTest> letsOnlyTheRightCallersThrough() {
        return PageRoutes.ROUTES.stream().flatMap(route -> EnumSet.allOf(Caller.class).stream().map(caller ->
                DynamicTest.dynamicTest(route.key() + " as " + caller, () -> check(route, caller))));
    }

    @TestFactory
    Stream<DynamicTest> refusesAnotherProgramsIdBehindOwnCohort() {
        return MIXED.stream().map(mixed -> DynamicTest.dynamicTest(mixed.pattern() + " as " + mixed.caller(),
                () -> checkMixed(mixed)));
    }

    private void check(Route route, Caller caller) throws Exception {
        World world = worlds.world(route.stage());
        MockHttpSession session = signIn(caller, world);
        secondFactors.prepare(route, world);
        worlds.prepare(route, world);
        List<Object> before = worlds.snapshot(world);
        MvcResult result = perform(route, session, world, PageRoutes.path(route.pattern(), world, Map.of()));
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String as = route.key() + " as " + caller + " answered " + status + " " + response.getRedirectedUrl();
        if (route.allowed().contains(caller)) {
            assertThat(status).as(as).isBetween(200, 399);
            assertThat(signInPage(response)).as(as).isFalse();
            assertThat(result.getFlashMap().get("problem")).as(as).isNull();
        } else if (caller == Caller.ANONYMOUS) {
            assertThat(signInPage(response)).as(as).isTrue();
        } else {
            assertThat(status).as(as).isIn(403, 404);
        }
        if (!route.allowed().contains(caller)) {
            assertThat(worlds.snapshot(world)).as(as + ": nothing changed").isEqualTo(before);
        }
    }

    private void checkMixed(Mixed mixed) throws Exception {
        Route route = PageRoutes.ROUTES.stream().filter(r -> r.pattern().equals(mixed.pattern())).findFirst().orElseThrow();
        World own = worlds.world(mixed.stage());
        World other = worlds.world(mixed.stage());
        String second = PageRoutes.variables(mixed.pattern()).stream().filter(v -> !v.equals("id") && !v.equals("cohortId"))
                .findFirst().orElseThrow();
        String path = PageRoutes.path(mixed.pattern(), own, Map.of(second, PageRoutes.id(second, other)));
        MockHttpSession session = signIn(mixed.caller(), own);
        List<Object> ownBefore = worlds.snapshot(own);
        List<Object> otherBefore = worlds.snapshot(other);
        int status = perform(route, session, own, path).getResponse().getStatus();
        assertThat(status).as(path + " as " + mixed.caller()).isIn(403, 404);
        assertThat(worlds.snapshot(own)).as("own world unchanged").isEqualTo(ownBefore);
        assertThat(worlds.snapshot(other)).as("other world unchanged").isEqualTo(otherBefore);
    }

    /** The caller's session, signed in through the sign-in form; none for an anonymous caller. */
    private MockHttpSession signIn(Caller caller, World world) throws Exception {
        String username = PageRoutes.username(caller, world, w -> worlds.outsiderDirector());
        return username == null ? new MockHttpSession() : PageWorlds.signIn(mvc, username);
    }

    private MvcResult perform(Route route, MockHttpSession session, World world, String path) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.method().equals("GET")) {
            request = get(path);
        } else if (route.multipart()) {
            request = multipart(path).file(new MockMultipartFile("file", "roster.csv", "text/csv",
                    route.fields().stream().filter(f -> f.name().equals("file")).findFirst().orElseThrow().value()
                            .getBytes(StandardCharsets.UTF_8)));
        } else {
            request = post(path);
        }
        route.fields().stream().filter(f -> !f.name().equals("file"))
                .forEach(f -> request.param(f.name(), secondFactors.value(f.value(), world).replace("{program}", Long.toString(world.programId))
                        .replace("{today}", LocalDate.now(ZoneOffset.UTC).toString()).replace("{cohort}", Long.toString(world.cohortId))));
        return mvc.perform(request.session(session).accept(MediaType.TEXT_HTML).with(csrf())).andReturn();
    }

    private static boolean signInPage(MockHttpServletResponse response) {
        String target = response.getRedirectedUrl();
        return response.getStatus() == 302 && target != null && target.endsWith("/login");
    }
}
