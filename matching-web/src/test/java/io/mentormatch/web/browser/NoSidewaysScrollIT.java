package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every demo person, on a 360 px wide phone, opens each page of their navigation and follows the links of those
 * pages' main content (their lists: cohorts, runs, pairings, accounts, ...) two steps further: no page is wider
 * than the screen, and axe-core finds nothing on any of them. Pages of the same shape (the same route with other
 * ids) are visited once per person. Downloads (CSV, calendar files) are no pages and are left out.
 */
class NoSidewaysScrollIT extends BrowserTest {

    /** Links followed from a navigation page: its lists, and the lists of the pages they open. */
    private static final int DEPTH = 2;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "im.director", "peds.director", "gs.director", "resident", "mentor",
            "gs.resident", "gs.mentor"})
    void fitsAPhoneOnEveryPageOfEachPerson(String username) {
        browser.phoneSize();
        browser.signIn(username, PASSWORD);
        assertThat(((Number) browser.driver().executeScript("return window.innerWidth")).intValue())
                .as("the window is a narrow phone's").isLessThanOrEqualTo(360);
        Set<String> shapes = new HashSet<>();
        List<String> tooWide = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Deque<Link> toVisit = new ArrayDeque<>();
        links(By.cssSelector("header a")).forEach(path -> toVisit.add(new Link(path, 0)));
        while (!toVisit.isEmpty()) {
            Link link = toVisit.poll();
            if (!shapes.add(shape(link.path()))) {
                continue;
            }
            browser.open(link.path());
            long width = ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth")).longValue();
            long window = ((Number) browser.driver().executeScript("return window.innerWidth")).longValue();
            if (width > window) {
                tooWide.add(link.path() + " is " + width + " px wide");
                browser.screenshot("too-wide-" + username + "-" + shape(link.path()).replaceAll("\\W+", "-"));
            }
            try {
                browser.assertAccessible();
            } catch (AssertionError inaccessible) {
                problems.add(inaccessible.getMessage());
            }
            if (link.depth() < DEPTH) {
                links(By.cssSelector("main a")).forEach(path -> toVisit.add(new Link(path, link.depth() + 1)));
            }
        }
        assertThat(shapes).as("pages visited as " + username).hasSizeGreaterThan(3);
        assertThat(tooWide).as("pages of " + username + " wider than a 360 px phone").isEmpty();
        assertThat(problems).as("axe-core on the pages of " + username).isEmpty();
    }

    private record Link(String path, int depth) {
    }

    /** The same-site page links of the page's part, as paths; downloads and in-page anchors are no pages. */
    private Set<String> links(By where) {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement anchor : browser.findAll(where)) {
            String href = anchor.getAttribute("href");
            if (href == null || href.isBlank() || anchor.getDomAttribute("download") != null) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath();
            if (uri.getHost() == null || !uri.getHost().equals("localhost") || path == null
                    || path.matches(".*\\.(csv|ics|json|pdf)$") || path.startsWith("/api") || path.startsWith("/swagger")
                    || path.startsWith("/v3/")) {
                continue;
            }
            paths.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
        return paths;
    }

    /** A route with its ids left out: "/cohorts/3/runs/12" and "/cohorts/4/runs/15" are one shape. */
    private static String shape(String path) {
        String withoutQuery = path.replaceAll("\\?.*", "");
        return withoutQuery.replaceAll("/\\d+", "/#").replaceAll("^/accounts/[^/#]+", "/accounts/*")
                .replaceAll("^/account/tokens/#.*", "/account/tokens/#");
    }
}
