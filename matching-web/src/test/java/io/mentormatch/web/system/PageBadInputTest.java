package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
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

import io.mentormatch.api.text.TextLimits;
import io.mentormatch.web.system.PageRoutes.Caller;
import io.mentormatch.web.system.PageRoutes.Field;
import io.mentormatch.web.system.PageRoutes.Kind;
import io.mentormatch.web.system.PageRoutes.Route;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Every page POST, signed in through the sign-in form as someone allowed to use it, fed the corpus the API's
 * {@code BadInputTest} feeds the API, one bad field at a time: letters and overflowing numbers in number fields,
 * negative numbers, stale versions, text one character over its limit and a megabyte long, markup in names,
 * unknown codes, missing fields, an empty form, and ids of the path that are not numbers or belong to another
 * program's cohort. Each answer is a 4xx page, or a redirect or page with a notice; never a 5xx; and the world is
 * unchanged. The form the table names as valid must work, so each bad one differs from a working form in one thing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageBadInputTest {

    private static final String MARKUP = "<script>alert(1)</script>";
    private static final String MEGABYTE = "x".repeat(1_000_000);
    private static final List<String> NUMBERS = List.of("abc", "-1", "1e999", "99999999999999999999", "0 OR 1=1",
            "1" + "0".repeat(5_000));
    private static final List<String> CSV = List.of("\n\n", "id;name\nR1;A\n", "name\nAnn\n", "id,name\n\"R1,A\n",
            "id,name,capacity\nF1,A,lots\n", "id,name,availability\nR1,A,MON-99\n", "id,name\n,\n",
            "id,name,shoe_size\nR9,Ann,42\n", "id,name\nR9," + MARKUP + "\n", "id,name\nR9'; DROP TABLE resident; --,Ann\n",
            "id,name\nR9," + MEGABYTE + "\n");
    /** A calendar file of 10 MB, one that is no calendar, and one cut off in the middle of an event. */
    private static final List<String> ICS = List.of("BEGIN:VCALENDAR\r\nX-PAD:" + "x".repeat(10_000_000) + "\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nthis is no calendar\r\n", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:tomorrow\r\n",
            MARKUP);
    /** Calendar addresses the server must not fetch: a private network, the server itself, plain http, not one. */
    private static final List<String> CALENDAR_URLS = List.of("https://10.0.0.1/calendar.ics",
            "https://127.0.0.1/calendar.ics", "https://[::1]/calendar.ics", "http://10.0.0.1/calendar.ics",
            "file:///etc/passwd", MARKUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    PageSecondFactors secondFactors;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** One world per route and what it needs, shared by the route's bad inputs: none of them may change it. */
    private final Map<String, Fixture> fixtures = new ConcurrentHashMap<>();

    private record Fixture(World world, World other, MockHttpSession session) {
    }

    @Test
    void namesEveryPagePost() {
        Set<String> inTable = PageRoutes.ROUTES.stream().filter(r -> r.method().equals("POST")).map(Route::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("page POSTs in PageRoutes (add one for each new page form)")
                .isEqualTo(PageRoutes.handled(handlerMapping, "POST"));
    }

    @TestFactory
    Stream<DynamicNode> refusesBadFormsWithoutA5xxAndChangesNothing() {
        return PageRoutes.ROUTES.stream().filter(r -> r.method().equals("POST")).map(route ->
                DynamicContainer.dynamicContainer(route.key(), Stream.concat(
                        Stream.of(DynamicTest.dynamicTest("the valid form works", () -> checkValid(route))),
                        badInputs(route).entrySet().stream().map(bad -> DynamicTest.dynamicTest(bad.getKey(),
                                () -> checkRefused(route, bad.getValue()))))));
    }

    /** A bad input: the form's fields (a field left out is missing) and the path's ids that differ from the world's. */
    record Bad(Map<String, String> fields, Map<String, String> ids, boolean foreign) {
    }

    static Map<String, Bad> badInputs(Route route) {
        Map<String, String> valid = new LinkedHashMap<>();
        route.fields().forEach(f -> valid.put(f.name(), f.value()));
        Map<String, Bad> bad = new LinkedHashMap<>();
        for (Field field : route.fields()) {
            for (String value : badValues(field)) {
                Map<String, String> fields = new LinkedHashMap<>(valid);
                fields.put(field.name(), value);
                if (field.kind() == Kind.CALENDAR_URL) {
                    fields.remove("file");
                }
                bad.put(field.name() + " = " + abbreviate(value), new Bad(fields, Map.of(), false));
            }
            if (field.required()) {
                Map<String, String> fields = new LinkedHashMap<>(valid);
                fields.remove(field.name());
                bad.put(field.name() + " missing", new Bad(fields, Map.of(), false));
            }
        }
        if (route.fields().stream().anyMatch(Field::required)) {
            bad.put("empty form", new Bad(Map.of(), Map.of(), false));
        }
        for (String variable : PageRoutes.variables(route.pattern())) {
            for (String id : List.of("abc", "-1", "99999999999999999999", "1" + "0".repeat(1_000))) {
                bad.put("{" + variable + "} = " + abbreviate(id), new Bad(valid, Map.of(variable, id), false));
            }
            // issue 19: every program is an administrator's, and a link's token is its own authority (another
            // world's token is that person's own link), so neither has a "foreign" id to refuse
            if (route.user() != Caller.ADMIN && !variable.equals("token")) {
                bad.put("{" + variable + "} of another program's cohort", new Bad(valid, Map.of(variable, ""), true));
            }
        }
        return bad;
    }

    private static List<String> badValues(Field field) {
        List<String> values = new ArrayList<>();
        if (field.required()) {
            values.add("");
        }
        switch (field.kind()) {
            case VERSION -> {
                values.addAll(NUMBERS);
                values.add("999");
            }
            case NUMBER -> values.addAll(NUMBERS);
            case NAME -> values.addAll(List.of(MARKUP, "x\u0000y", "x".repeat(TextLimits.NAME + 1), MEGABYTE));
            case EMAIL -> values.addAll(List.of(MARKUP, "x".repeat(TextLimits.EMAIL + 1), MEGABYTE));
            case TEXT -> values.addAll(List.of("   ", "x".repeat(TextLimits.REASON + 1), MEGABYTE));
            case CODE -> values.addAll(List.of(MARKUP, "x".repeat(TextLimits.CODE + 1), MEGABYTE));
            case MEMBER -> values.addAll(List.of("X404", MARKUP, "x".repeat(TextLimits.CODE + 1), MEGABYTE));
            case CHOICE -> values.addAll(List.of("NOWHERE", MARKUP, "OPEN_FOR_PREFERENCES' OR '1'='1", MEGABYTE));
            case BOOLEAN -> values.addAll(List.of("maybe", MEGABYTE));
            case DATE_TIME -> values.addAll(List.of("yesterday", "2001-01-01T00:00", MEGABYTE));
            case INTEREST -> values.addAll(List.of(MARKUP, "x".repeat(TextLimits.INTEREST + 1), MEGABYTE));
            case SLOT -> values.addAll(List.of("MON-99", MARKUP, MEGABYTE));
            case CSV -> values.addAll(CSV);
            case ICS -> values.addAll(ICS);
            case CALENDAR_URL -> values.addAll(CALENDAR_URLS);
            case BUTTON -> values.clear();
        }
        values.addAll(field.alsoBad());
        return values;
    }

    private void checkValid(Route route) throws Exception {
        World world = worlds.world(route.stage());
        worlds.prepare(route, world);
        MockHttpSession session = PageWorlds.signIn(mvc, PageRoutes.username(route.user(), world, w -> null));
        secondFactors.prepare(route, world);
        List<Object> before = worlds.snapshot(world);
        Map<String, String> fields = new LinkedHashMap<>();
        route.fields().forEach(f -> fields.put(f.name(), f.value()));
        MvcResult result = perform(route, world, new Bad(fields, Map.of(), false), session, world);
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as(route.key() + " with its valid form").isBetween(200, 399);
        assertThat(noticeOf(result)).as("notice").isNull();
        if (route.changes()) {
            assertThat(worlds.snapshot(world)).as("the valid form changes the world").isNotEqualTo(before);
        }
    }

    private void checkRefused(Route route, Bad bad) throws Exception {
        Fixture fixture = fixtures.computeIfAbsent(route.key(), key -> fixture(route));
        List<Object> before = worlds.snapshot(fixture.world());
        List<Object> otherBefore = worlds.snapshot(fixture.other());
        MvcResult result = perform(route, fixture.world(), bad, fixture.session(), fixture.other());
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        assertThat(status).as(route.key() + " answered " + status).isLessThan(500);
        boolean refused = status >= 400 || noticeOf(result) != null || asksToConfirm(result);
        assertThat(refused).as(route.key() + " refuses it (4xx, a notice, or asks to confirm); answered " + status).isTrue();
        // "SQL" followed by white space, as in a database message: a random CSRF token may hold the letters
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContainPattern("SQL\\s");
        assertThat(worlds.snapshot(fixture.world())).as("the world is unchanged").isEqualTo(before);
        assertThat(worlds.snapshot(fixture.other())).as("the other program's world is unchanged").isEqualTo(otherBefore);
    }

    private Fixture fixture(Route route) {
        try {
            World world = worlds.world(route.stage());
            World other = worlds.world(route.stage());
            return new Fixture(world, other, PageWorlds.signIn(mvc, PageRoutes.username(route.user(), world, w -> null)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcResult perform(Route route, World world, Bad bad, MockHttpSession session, World other) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>(bad.ids());
        if (bad.foreign()) {
            ids.replaceAll((variable, none) -> PageRoutes.id(variable, other));
        }
        String path = PageRoutes.path(route.pattern(), world, ids);
        Map<String, String> fields = new LinkedHashMap<>(bad.fields());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.multipart()) {
            String file = fields.remove("file");
            var upload = multipart(path);
            if (file != null) {
                upload.file(new MockMultipartFile("file", "roster.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
            }
            request = upload;
        } else {
            request = post(path);
        }
        fields.forEach((name, value) -> request.param(name, secondFactors.value(value, world).replace("{program}", Long.toString(world.programId))
                .replace("{today}", LocalDate.now(ZoneOffset.UTC).toString()).replace("{cohort}", Long.toString(world.cohortId))));
        return mvc.perform(request.session(session).accept(MediaType.TEXT_HTML).with(csrf())).andReturn();
    }

    /** The notice a refused action shows: a flash message after a redirect, or the preview's explanation. */
    private static Object noticeOf(MvcResult result) {
        Object problem = result.getFlashMap().get("problem");
        if (problem != null) {
            return problem;
        }
        return result.getModelAndView() == null ? null : result.getModelAndView().getModel().get("previewProblem");
    }

    /** An action that cannot be undone, posted without its confirmation, shows the confirmation instead of acting. */
    private static boolean asksToConfirm(MvcResult result) {
        return result.getModelAndView() != null && result.getModelAndView().getModel().containsKey("confirmation");
    }

    private static String abbreviate(String value) {
        String oneLine = value.replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() <= 30 ? "'" + oneLine + "'" : "'" + oneLine.substring(0, 30) + "…' (" + value.length() + " chars)";
    }
}
