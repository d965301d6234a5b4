package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import io.mentormatch.web.system.PageBadInputTest.Bad;
import io.mentormatch.web.system.PageRoutes.Caller;
import io.mentormatch.web.system.PageRoutes.Route;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Plain words on every page (issue 21): each page route of {@link PageRoutes} rendered for each caller allowed to
 * use it, and each page form answered with every bad input the page bad-input test sends (empty and missing fields
 * included), shows no developer text in what a person reads or hears: no validation pattern, no limit in code words,
 * no internal id, no score string and no enum name ({@link PlainWords}). A refusal that redirects is followed to the
 * page that shows its notice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageWordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    PageSecondFactors secondFactors;

    /** One world and session per POST route, shared by its bad inputs: none of them changes it (PageBadInputTest). */
    private final Map<String, Fixture> fixtures = new ConcurrentHashMap<>();
    /** One world per page route, shared by its callers: showing a page changes nothing. */
    private final Map<String, World> pageWorlds = new ConcurrentHashMap<>();

    private record Fixture(World world, MockHttpSession session) {
    }

    @Test
    void catchesDeveloperText() {
        assertThat(PlainWords.offending("must match \"[^<>\\p{Cntrl}]*\"")).hasSize(2);
        assertThat(PlainWords.offending("size must be between 0 and 200")).hasSize(1);
        assertThat(PlainWords.offending("mentor M001 is both ranked and avoided by R003")).hasSize(2);
        assertThat(PlainWords.offending("Status: RUNNING, score 0hard/-1medium/30soft")).hasSize(3);
        assertThat(PlainWords.offending("Download the CSV or the ICS file; Working")).isEmpty();
        assertThat(PlainWords.enumNames()).contains("RUNNING", "SUCCEEDED", "PROPOSED", "ACCEPTED", "DECLINED",
                "NOT_STARTED");
    }

    @TestFactory
    Stream<DynamicTest> showsPlainWordsOnEveryPage() {
        return PageRoutes.ROUTES.stream().filter(r -> r.method().equals("GET")).flatMap(route ->
                route.allowed().stream().filter(caller -> caller != Caller.ANONYMOUS || route.allowed().size() == Caller.values().length)
                        .map(caller -> DynamicTest.dynamicTest(route.key() + " as " + caller, () -> checkPage(route, caller))));
    }

    @TestFactory
    Stream<DynamicNode> showsPlainWordsForEveryRefusedForm() {
        return PageRoutes.ROUTES.stream().filter(r -> r.method().equals("POST") && !r.fields().isEmpty()).map(route ->
                DynamicContainer.dynamicContainer(route.key(), PageBadInputTest.badInputs(route).entrySet().stream()
                        .filter(bad -> bad.getValue().ids().isEmpty())
                        .map(bad -> DynamicTest.dynamicTest(bad.getKey(), () -> checkRefusal(route, bad.getValue())))));
    }

    private void checkPage(Route route, Caller caller) throws Exception {
        World world = pageWorlds.computeIfAbsent(route.key(), key -> worlds.world(route.stage()));
        String username = PageRoutes.username(caller, world, w -> worlds.outsiderDirector());
        MockHttpSession session = username == null ? new MockHttpSession() : PageWorlds.signIn(mvc, username);
        MvcResult result = mvc.perform(get(PageRoutes.path(route.pattern(), world, Map.of())).session(session)
                .accept(MediaType.TEXT_HTML)).andReturn();
        assertPlain(route.key() + " as " + caller, shown(result, session));
    }

    private void checkRefusal(Route route, Bad bad) throws Exception {
        Fixture fixture = fixtures.computeIfAbsent(route.key(), key -> fixture(route));
        World world = fixture.world();
        AbstractMockHttpServletRequestBuilder<?> request;
        Map<String, String> fields = new LinkedHashMap<>(bad.fields());
        String path = PageRoutes.path(route.pattern(), world, Map.of());
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
        fields.forEach((name, value) -> request.param(name, secondFactors.value(value, world)
                .replace("{program}", Long.toString(world.programId))
                .replace("{today}", LocalDate.now(ZoneOffset.UTC).toString())));
        MvcResult result = mvc.perform(request.session(fixture.session()).accept(MediaType.TEXT_HTML).with(csrf())).andReturn();
        assertPlain(route.key() + " with " + bad.fields().keySet(), shown(result, fixture.session()));
    }

    private Fixture fixture(Route route) {
        try {
            World world = worlds.world(route.stage());
            return new Fixture(world, PageWorlds.signIn(mvc, PageRoutes.username(route.user(), world, w -> null)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page a person ends up reading: the answer itself, or the page a redirect leads to with its notice. */
    private String shown(MvcResult result, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        String target = response.getRedirectedUrl();
        if (target != null && target.startsWith("/")) {
            var follow = get(target).session(session).accept(MediaType.TEXT_HTML);
            if (!result.getFlashMap().isEmpty()) {
                follow.flashAttrs(result.getFlashMap());
            }
            response = mvc.perform(follow).andReturn().getResponse();
        }
        String type = response.getContentType();
        return type != null && type.startsWith("text/html") ? response.getContentAsString(StandardCharsets.UTF_8) : "";
    }

    /** Fails on developer text in what the page shows or reads out: its text, labels, titles and placeholders. */
    private static void assertPlain(String as, String html) {
        Document page = Jsoup.parse(html);
        String attributes = page.select("[aria-label], [title], [alt], [placeholder]").stream()
                .map(e -> String.join(" ", e.attr("aria-label"), e.attr("title"), e.attr("alt"), e.attr("placeholder")))
                .collect(Collectors.joining(" "));
        String shown = page.title() + " " + page.body().text() + " " + attributes;
        List<String> offending = PlainWords.offending(shown);
        assertThat(offending).as(as + " shows developer text").isEmpty();
    }
}
