package io.mentormatch.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README and docs/*.md are read from a fresh clone: every repository path they name must exist there, and
 * none may point outside the repository.
 */
class DocumentedPathsTest {

    /** A backticked path into the repository, e.g. {@code `docs/api.md`} or {@code `scripts/load/run.sh`}. */
    private static final Pattern BACKTICKED = Pattern.compile(
            "`((?:docs|scripts|examples|\\.ci|\\.mvn|matching-[a-z]+)/[^`\\s]*)`");
    /** A relative Markdown link, e.g. {@code [the model](matching-model.md)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)#\\s]+)");
    /** Directories the build or the running application creates, which git ignores: not in a fresh clone. */
    private static final Set<String> GENERATED = Set.of("target", "data");

    private static final Path ROOT = Repository.root();

    @Test
    void namesOnlyPathsThatExistInTheRepository() {
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Path doc : documents()) {
            List<String> lines = Repository.lines(doc);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                String where = ROOT.relativize(doc) + ":" + (i + 1);
                Matcher path = BACKTICKED.matcher(line);
                while (!fenced && path.find()) {
                    check(ROOT, path.group(1), where, checked, missing);
                }
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    check(doc.getParent(), link.group(1), where, checked, missing);
                }
            }
        }

        assertThat(checked).as("paths found in the docs").hasSizeGreaterThan(20);
        assertThat(missing).as("paths the docs name that do not exist").isEmpty();
    }

    /** docs/api.md's layout table is the newcomer's map of matching-api: every package has its row. */
    @Test
    void apiDocsNameEveryPackageOfTheApi() throws IOException {
        Path packages = ROOT.resolve("matching-api/src/main/java/io/mentormatch/api");
        List<String> rows = Repository.lines(ROOT.resolve("docs/api.md")).stream().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
        try (Stream<Path> dirs = Files.list(packages)) {
            List<String> names = dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
            assertThat(names).as("packages of matching-api").hasSizeGreaterThan(10);
            assertThat(rows).as("rows of docs/api.md's package table").containsAll(names);
        }
    }

    /** docs/benchmarks.md is a reference, one current figure per target: history belongs in git. */
    @Test
    void keepsTheBenchmarksAReference() {
        assertThat(Repository.lines(ROOT.resolve("docs/benchmarks.md"))).as("lines of docs/benchmarks.md").hasSizeLessThanOrEqualTo(250);
    }

    @Test
    void pointsNowhereOutsideTheRepository() {
        for (Path doc : documents()) {
            assertThat(Repository.lines(doc)).as(doc.toString()).noneMatch(line -> line.contains("../shared"));
        }
    }

    private static List<Path> documents() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")),
                    docs.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path base, String named, String where, List<String> checked, List<String> missing) {
        Path path = base.resolve(named).normalize();
        if (!path.startsWith(ROOT)) {
            missing.add(where + " " + named + " (outside the repository)");
            return;
        }
        if (Stream.of(ROOT.relativize(path).toString().split("/")).anyMatch(GENERATED::contains)) {
            return;
        }
        checked.add(named);
        if (!exists(path)) {
            missing.add(where + " " + named);
        }
    }

    /** {@code ...} in a named path stands for any directories, {@code *} for any part of a name. */
    private static boolean exists(Path path) {
        String text = path.toString();
        if (!text.contains("...") && !text.contains("*")) {
            return Files.exists(path);
        }
        String glob = text.replace("...", "**");
        int literal = glob.lastIndexOf('/', glob.indexOf('*'));
        Path start = Path.of(glob.substring(0, literal));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(start)) {
            return files.anyMatch(matcher::matches);
        } catch (IOException e) {
            return false;
        }
    }
}
