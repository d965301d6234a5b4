package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.mentormatch.api.PostgresDatabase;

/**
 * Instances started at once on an empty PostgreSQL database, each with its own first-administrator variables:
 * exactly one administrator comes out, audited once.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(properties = "spring.quartz.auto-startup=false")
@ActiveProfiles("postgres")
@DirtiesContext
class FirstAdministratorPostgresIT {

    private static final int INSTANCES = 8;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(FirstAdministratorPostgresIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsExactlyOneAdministratorWhenInstancesStartAtOnce() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isZero();
        CyclicBarrier start = new CyclicBarrier(INSTANCES);
        List<Callable<Boolean>> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String username = "admin-" + i;
            String password = "amber-otter-lantern-" + i;
            instances.add(() -> {
                start.await();
                return firstAdministrator.create(username, password);
            });
        }
        List<Boolean> created = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (Future<Boolean> outcome : threads.invokeAll(instances)) {
                created.add(outcome.get());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(created).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ?", Long.class,
                FirstAdministrator.CREATED)).isOne();
    }
}
