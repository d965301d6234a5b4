package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.mentormatch.api.TestApplication;

/**
 * V53 makes e-mail addresses unique whatever their case. On a database whose accounts already share an address it
 * changes nothing and stops the start-up with the list of addresses, for an administrator to decide; it never
 * merges accounts.
 */
@ExtendWith(OutputCaptureExtension.class)
class UniqueEmailMigrationTest {

    private final String url = "jdbc:h2:mem:unique-email-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    /** One connection throughout: H2 ties a table's check constraints to the session that created them. */
    private final SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void refusesToStartOnSharedAddressesWithTheirListAndStartsOnceTheyAreResolved(CapturedOutput output) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("52").load().migrate();
        account("dana", "Dana.Lee@Hospital.example");
        account("dana2", "dana.lee@hospital.example");
        account("sam", "sam@hospital.example");
        account("sam2", "SAM@hospital.example");
        account("sam3", "sam@hospital.example");
        account("kim", "kim@hospital.example");
        account("nobody", null);
        account("nobody2", null);

        assertThatThrownBy(this::start).hasStackTraceContaining("DuplicateEmails");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Several accounts share an e-mail address (upper and lower case count as the same): "
                        + "dana.lee@hospital.example (2 accounts), sam@hospital.example (3 accounts)")
                .contains("Each e-mail address may belong to one account only")
                .doesNotContain("kim@hospital.example");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).as("nothing merged").isEqualTo(8);
        assertThat(jdbc.queryForList("select version from \"flyway_schema_history\"", String.class))
                .as("no failed migration left to repair").doesNotContain("53");

        jdbc.update("update app_user set email = null where username in ('dana2', 'sam2', 'sam3')");
        start();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(8);
        assertThat(jdbc.queryForList("select version from \"flyway_schema_history\" where success", String.class))
                .contains("53", "54");
    }

    private void start() {
        new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.quartz.auto-startup=false")
                .close();
    }

    private void account(String username, String email) {
        jdbc.update("insert into app_user (username, display_name, email, role) values (?, ?, ?, 'MENTOR')",
                username, username, email);
    }
}
