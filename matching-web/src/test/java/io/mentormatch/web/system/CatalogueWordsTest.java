package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * One message catalogue for every page (issue 21): each template says its words through {@code #{key}} of
 * messages.properties, never in a sentence written into the HTML, a literal aria-label, title, placeholder or alt, or a
 * string literal in a {@code th:text}. Prototype text inside an element whose content Thymeleaf replaces is allowed.
 * Every literal key a template names is in the catalogue, read here with {@link Properties} rather than Spring.
 * Run with {@code -Dcatalogue.print=true} to print each offence.
 */
class CatalogueWordsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> SPOKEN = Set.of("aria-label", "title", "placeholder", "alt", "data-label");
    private static final Set<String> EXPRESSIONS = Set.of("th:text", "th:utext", "th:attr", "th:aria-label",
            "th:title", "th:placeholder", "th:alt", "th:value", "th:content", "th:replace", "th:insert");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(\\()?");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern PIPED = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern EXPRESSION = Pattern.compile("[$#*@~]\\{[^}]*}");
    private static final Pattern PHRASE = Pattern.compile("\\p{L}.*\\s|\\s.*\\p{L}|^\\p{Lu}\\p{Ll}");
    /** Element ids joined by spaces, as aria-describedby lists them: "name-error name-hint". */
    private static final Pattern IDS = Pattern.compile("\\s*[\\w]+(-[\\w]+)+(\\s+[\\w]+(-[\\w]+)+)*\\s*");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyTemplateSaysEveryWordThroughTheCatalogue() {
        Map<String, List<String>> failing = offences();
        if (Boolean.getBoolean("catalogue.print")) {
            failing.forEach((template, found) -> System.out.println(template + " (" + found.size() + " offences)"
                    + System.lineSeparator() + "    " + String.join(System.lineSeparator() + "    ", found)));
        }
        assertThat(failing).as("templates with words outside the catalogue").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsInTheCatalogue() {
        Properties catalogue = catalogue();
        List<String> missing = new ArrayList<>();
        forEachTemplate((template, html) -> {
            Matcher key = KEY.matcher(html);
            while (key.find()) {
                String value = catalogue.getProperty(key.group(1));
                if (value == null) {
                    missing.add(template + ": " + key.group(1));
                } else if (key.group(2) != null && LONE_QUOTE.matcher(value).find()) {
                    missing.add(template + ": " + key.group(1) + " takes arguments, so its quote must be written ''");
                }
            }
        });
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void catchesInlineWords() {
        assertThat(offences(html("<p>Sign in</p>"))).hasSize(1);
        assertThat(offences(html("<p th:if=\"${x}\"><strong th:text=\"#{a}\">A</strong> and more</p>"))).hasSize(1);
        assertThat(offences(html("<button aria-label=\"Close\" th:text=\"#{b}\">x</button>"))).hasSize(1);
        assertThat(offences(html("<p th:text=\"|Sign in with ${p.name()}|\">x</p>"))).hasSize(1);
        assertThat(offences(html("<p th:text=\"${a ? 'None' : 'not given'}\">x</p>"))).hasSize(2);
        assertThat(offences(html("<div th:replace=\"~{f :: input('code', 'Code', 'text', ${v}, 'e.g. IM-2028')}\">"
                + "</div>"))).hasSize(2);
        assertThat(offences(html("<head th:replace=\"~{l :: head(~{::title})}\"><title>Sign in</title></head>")))
                .hasSize(1);
        assertThat(offences(html("<p th:text=\"#{a(${b})}\">Prototype words</p><div th:replace=\"~{f :: x}\">Sample"
                + "</div><i th:remove=\"all\">gone</i><span th:text=\"${errors.get('role')}\">x</span>"
                + "<div th:replace=\"~{fragments/forms :: input('code', #{c}, 'text', ${v}, null)}\"></div>"
                + "<input th:attr=\"aria-describedby=${e ? 'size-error size-hint' : 'size-hint'}\">"
                + "<b th:text=\"${r.name() == 'MENTOR' ? #{m} : #{r}}\">x</b><title th:text=\"#{t}\">T</title>")))
                .isEmpty();
    }

    static Map<String, List<String>> offences() {
        Map<String, List<String>> failing = new TreeMap<>();
        forEachTemplate((template, html) -> {
            List<String> found = offences(html(html));
            if (!found.isEmpty()) {
                failing.put(template, found);
            }
        });
        return failing;
    }

    private static Document html(String html) {
        return Jsoup.parse(html);
    }

    private static List<String> offences(Document page) {
        List<String> found = new ArrayList<>();
        for (TextNode text : page.getAllElements().stream().flatMap(e -> e.textNodes().stream()).toList()) {
            if (LETTER.matcher(text.text()).find() && !replaced(text.parent())) {
                found.add("text \"" + text.text().strip() + "\"");
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                if (SPOKEN.contains(name) && LETTER.matcher(attribute.getValue()).find()) {
                    found.add(name + "=\"" + attribute.getValue() + "\"");
                }
                if (EXPRESSIONS.contains(name)) {
                    literals(attribute.getValue()).forEach(literal -> found.add(name + " literal \"" + literal + "\""));
                }
            }
        }
        return found;
    }

    /** Whether Thymeleaf replaces this element's content (or the element), so what is written in it is a prototype. */
    private static boolean replaced(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (REPLACING.stream().anyMatch(at::hasAttr) || Set.of("all", "body").contains(at.attr("th:remove"))) {
                return true;
            }
            if (at.nameIs("title")) {
                return false;
            }
        }
        return false;
    }

    /** Words written as string literals inside an expression: a literal substitution or a quoted phrase. */
    private static List<String> literals(String expression) {
        List<String> found = new ArrayList<>();
        Matcher piped = PIPED.matcher(expression);
        while (piped.find()) {
            String outside = EXPRESSION.matcher(piped.group(1)).replaceAll("");
            if (LETTER.matcher(outside).find()) {
                found.add(piped.group(1));
            }
        }
        Matcher quoted = QUOTED.matcher(PIPED.matcher(expression).replaceAll(""));
        while (quoted.find()) {
            if (PHRASE.matcher(quoted.group(1)).find() && !IDS.matcher(quoted.group(1)).matches()) {
                found.add(quoted.group(1));
            }
        }
        return found;
    }

    private static Properties catalogue() {
        Properties catalogue = new Properties();
        try (InputStream in = CatalogueWordsTest.class.getResourceAsStream("/messages.properties")) {
            assertThat(in).as("messages.properties on the classpath").isNotNull();
            catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalogue;
    }

    private interface TemplateVisitor {
        void visit(String template, String html);
    }

    private static void forEachTemplate(TemplateVisitor visitor) {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                visitor.visit(TEMPLATES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
