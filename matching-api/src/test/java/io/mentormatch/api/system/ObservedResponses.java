package io.mentormatch.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Writes the method, path and status of every API response any MockMvc test observes to
 * {@value #FILE}, which {@code ApiContractIT} compares with the responses the OpenAPI document declares. A
 * component of the test sources, so that every {@code @AutoConfigureMockMvc} test records without saying so.
 */
@Component
class ObservedResponses implements MockMvcBuilderCustomizer {

    static final String FILE = "target/observed-responses.tsv";

    /** One file per test run: the first response of this JVM starts it afresh. */
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(result -> {
            String path = result.getRequest().getRequestURI();
            if (path.startsWith("/api/")) {
                record(result.getRequest().getMethod() + "\t" + path + "\t" + result.getResponse().getStatus());
            }
        });
    }

    private static synchronized void record(String line) {
        boolean first = SEEN.isEmpty();
        if (!SEEN.add(line)) {
            return;
        }
        try {
            Path file = Path.of(FILE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", first
                    ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
                    : new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.APPEND});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
