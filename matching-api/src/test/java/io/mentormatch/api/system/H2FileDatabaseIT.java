package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.mentormatch.api.TestApplication;
import io.mentormatch.api.cohort.internal.ProgramEntity;
import io.mentormatch.api.cohort.internal.ProgramRepository;

/** The default database is a file: what one start writes, the next start reads. */
class H2FileDatabaseIT {

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/mentormatch-api.properties")) {
            defaults.load(in);
        }
        String defaultUrl = defaults.getProperty("spring.datasource.url");
        assertThat(defaultUrl).startsWith("jdbc:h2:file:./data/").contains("MODE=PostgreSQL");
        Path directory = Path.of("target", "h2-restart-" + UUID.randomUUID()).toAbsolutePath();
        String url = defaultUrl.replace("./data/", directory + "/");

        try (ConfigurableApplicationContext first = start(url)) {
            first.getBean(ProgramRepository.class).save(new ProgramEntity("Survives restarts"));
        }
        try (ConfigurableApplicationContext second = start(url)) {
            assertThat(second.getBean(ProgramRepository.class).findByNameIgnoreCase("Survives restarts")).isPresent();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url);
    }
}
