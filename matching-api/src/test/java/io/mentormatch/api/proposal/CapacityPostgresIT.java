package io.mentormatch.api.proposal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.mentormatch.api.PostgresDatabase;

/** Capacity under contention on PostgreSQL, where the cohort row lock is a real SELECT ... FOR UPDATE. */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class CapacityPostgresIT extends CapacityScenario {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(CapacityPostgresIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }
}
