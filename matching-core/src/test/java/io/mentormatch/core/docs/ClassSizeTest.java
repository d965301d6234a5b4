package io.mentormatch.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The size rule made executable: a main class of matching-api or matching-web holds at most 300 lines, one of
 * matching-core at most 400 (the solvers' algorithms read better whole up to there). A class past the limit does
 * one job too many: split it by use case.
 */
class ClassSizeTest {

    private static final Map<String, Integer> LIMITS = Map.of("matching-core", 400, "matching-api", 300, "matching-web", 300);

    @Test
    void keepsEveryMainClassWithinItsModulesLimit() {
        for (Map.Entry<String, Integer> module : LIMITS.entrySet()) {
            for (Path source : sources(Repository.root().resolve(module.getKey()).resolve("src/main/java"))) {
                int lines = Repository.lines(source).size();
                int limit = module.getValue();
                assertThat(lines).as("%s has %d lines, at most %d", source, lines, limit).isLessThanOrEqualTo(limit);
            }
        }
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
