package io.mentormatch.core.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository the tests run in: the parent of this module's directory, where README.md lives. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (!Files.isRegularFile(root.resolve("README.md"))) {
            throw new IllegalStateException("run from the matching-core directory of a clone: no README.md in " + root);
        }
        return root;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
