package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.mentormatch.api.PostgresDatabase;
import io.mentormatch.api.TestApplication;

/**
 * V53 on PostgreSQL (where DDL is transactional and the index is on {@code lower(email)}): shared addresses stop the
 * start-up with their list and change nothing; once resolved, the next start migrates and the database itself
 * refuses a second account with the same address in another case.
 */
@ExtendWith(PostgresDatabase.class)
class UniqueEmailMigrationPostgresIT {

    private final String url = PostgresDatabase.create(UniqueEmailMigrationPostgresIT.class);
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, PostgresDatabase.user(), ""));

    @Test
    void refusesSharedAddressesThenMakesThemUniqueWhateverTheirCase() {
        Flyway.configure().dataSource(url, PostgresDatabase.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").target("52").load().migrate();
        account("dana", "Dana.Lee@Hospital.example");
        account("dana2", "dana.lee@hospital.example");

        assertThatThrownBy(this::start).hasStackTraceContaining(
                "Several accounts share an e-mail address (upper and lower case count as the same): "
                        + "dana.lee@hospital.example (2 accounts)");
        assertThat(jdbc.queryForList("select version from flyway_schema_history", String.class)).doesNotContain("53");

        jdbc.update("update app_user set email = null where username = 'dana2'");
        start();
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("53", "54");
        assertThatThrownBy(() -> account("dana3", "DANA.LEE@hospital.example"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("uk_app_user_email");
    }

    private void start() {
        new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run("--mentormatch.db.url=" + url, "--mentormatch.db.user=" + PostgresDatabase.user(),
                        "--spring.quartz.auto-startup=false")
                .close();
    }

    private void account(String username, String email) {
        jdbc.update("insert into app_user (username, display_name, email, role) values (?, ?, ?, 'MENTOR')",
                username, username, email);
    }
}
