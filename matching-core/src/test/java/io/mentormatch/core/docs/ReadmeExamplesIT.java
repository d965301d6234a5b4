package io.mentormatch.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command-line examples of the README exactly as written, against the jar this module's {@code package}
 * phase built. They run in a directory that mirrors the repository root entry by entry (symbolic links), so their
 * relative paths resolve as in a clone while the files they write land in a temporary directory.
 */
class ReadmeExamplesIT {

    private static final String CLI = "java -jar matching-core/target/matching-solve.jar";
    private static final Pattern OUTPUT = Pattern.compile("--output\\s+(\\S+)");

    private final Path root = Repository.root();

    @Test
    void runsTheReadmesCommandLineExamplesAsWritten(@TempDir Path clone) throws Exception {
        assertThat(root.resolve("matching-core/target/matching-solve.jar")).as("built by package").isRegularFile();
        List<String> commands = cliCommands(Repository.lines(root.resolve("README.md")));
        assertThat(commands).as("command-line examples in the README").isNotEmpty();
        mirror(root, clone);

        for (String command : commands) {
            Process process = new ProcessBuilder("bash", "-c", command).directory(clone.toFile())
                    .redirectErrorStream(true).start();
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }

            assertThat(finished).as("finished in time: " + command).isTrue();
            assertThat(process.exitValue()).as(command + "\n" + output).isZero();
            Matcher written = OUTPUT.matcher(command);
            if (written.find()) {
                assertThat(clone.resolve(written.group(1))).as("written by " + command).isNotEmptyFile();
            }
        }
    }

    /** The shell lines of the README's fenced blocks that call the command line, continuation lines joined. */
    static List<String> cliCommands(List<String> readme) {
        List<String> commands = new ArrayList<>();
        boolean fenced = false;
        StringBuilder command = new StringBuilder();
        for (String line : readme) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                continue;
            }
            boolean continued = line.endsWith("\\");
            command.append(continued ? line.substring(0, line.length() - 1) : line);
            if (!continued) {
                String whole = command.toString().strip();
                if (whole.startsWith(CLI)) {
                    commands.add(whole);
                }
                command.setLength(0);
            }
        }
        return commands;
    }

    private static void mirror(Path root, Path clone) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                Files.createSymbolicLink(clone.resolve(entry.getFileName()), entry);
            }
        }
    }
}
