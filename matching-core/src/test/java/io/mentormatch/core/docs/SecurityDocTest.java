package io.mentormatch.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A security office reads docs/security.md first and takes its table of controls at its word: every test it names
 * as proof, {@code `SomeTest.method`} or {@code `SomeIT.method`}, must exist in the test sources of a module.
 */
class SecurityDocTest {

    private static final Pattern NAMED_TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT))\\.([a-z][A-Za-z0-9]*)`");
    private static final Path ROOT = Repository.root();

    @Test
    void namesOnlyTestsThatExist() {
        Map<String, Path> testSources = testSources();
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String line : Repository.lines(ROOT.resolve("docs/security.md"))) {
            Matcher test = NAMED_TEST.matcher(line);
            while (test.find()) {
                named.add(test.group());
                Path source = testSources.get(test.group(1));
                if (source == null || !read(source).contains(" " + test.group(2) + "(")) {
                    missing.add(test.group());
                }
            }
        }

        assertThat(named).as("tests named by docs/security.md").hasSizeGreaterThan(30);
        assertThat(missing).as("tests docs/security.md names that do not exist").isEmpty();
    }

    private static Map<String, Path> testSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p, (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return String.join("\n", Repository.lines(file));
    }
}
