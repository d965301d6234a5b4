package io.mentormatch.api;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The workflow on PostgreSQL: the same scenario, with Quartz's PostgreSQL delegate and real row locks. */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class WorkflowPostgresIT extends WorkflowScenario {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(WorkflowPostgresIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }
}
