package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import io.mentormatch.api.TestApplication;

/**
 * The first administrator, from the start-up variables, on a database that outlives each start (H2 here; taking
 * turns when instances start at once is in {@code FirstAdministratorPostgresIT}).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final String STRONG = "amber-otter-lantern-47";

    private final String url = "jdbc:h2:mem:first-admin-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void createsNoAccountWithoutTheVariablesAndSaysHowToCreateOne(CapturedOutput output) {
        try (ConfigurableApplicationContext application = start(Map.of())) {
            assertThat(accounts()).isEmpty();
            assertThat(output).contains("No account exists yet. Create the first administrator: start once with the "
                    + "environment variables MENTORMATCH_ADMIN_USERNAME and MENTORMATCH_ADMIN_PASSWORD");

            FirstAdministrator firstAdministrator = application.getBean(FirstAdministrator.class);
            assertThatThrownBy(() -> firstAdministrator.create("hospital.admin", "Password1234"))
                    .hasMessage("The first administrator cannot be created: MENTORMATCH_ADMIN_PASSWORD is a common "
                            + "password; choose another.");
            assertThatThrownBy(() -> firstAdministrator.create("hospital.admin", "hospital.admin-of-2027"))
                    .hasMessageContaining("MENTORMATCH_ADMIN_PASSWORD must not contain the user name");
            assertThatThrownBy(() -> firstAdministrator.create("", STRONG))
                    .hasMessage("The first administrator cannot be created: MENTORMATCH_ADMIN_USERNAME is required.");
            assertThatThrownBy(() -> firstAdministrator.create("<b>admin</b>", STRONG))
                    .hasMessage("The first administrator cannot be created: MENTORMATCH_ADMIN_USERNAME: Write this without"
                            + " < or >, line breaks or other control characters.");
            assertThat(accounts()).isEmpty();
            assertThat(audit()).isEmpty();
        }
    }

    @Test
    void createsTheFirstAdministratorOnceFromTheVariablesAndAuditsIt(CapturedOutput output) {
        start(Map.of("MENTORMATCH_ADMIN_USERNAME", "hospital.admin", "MENTORMATCH_ADMIN_PASSWORD", STRONG)).close();

        assertThat(accounts()).containsExactly("hospital.admin ADMIN");
        String hash = jdbc().queryForObject("select password_hash from app_user", String.class);
        assertThat(new BCryptPasswordEncoder().matches(STRONG, hash)).isTrue();
        assertThat(audit()).containsExactly("system first-admin-created user");
        assertThat(output).doesNotContain(STRONG).doesNotContain("No account exists yet");

        start(Map.of("MENTORMATCH_ADMIN_USERNAME", "other.admin", "MENTORMATCH_ADMIN_PASSWORD", "other-" + STRONG)).close();
        assertThat(accounts()).containsExactly("hospital.admin ADMIN");

        // even with no account left (only the database's owner could do this): the audit log remembers
        jdbc().update("delete from app_user");
        start(Map.of("MENTORMATCH_ADMIN_USERNAME", "hospital.admin", "MENTORMATCH_ADMIN_PASSWORD", STRONG)).close();
        assertThat(accounts()).isEmpty();
        assertThat(audit()).containsExactly("system first-admin-created user");
    }

    @Test
    void refusesToStartWithAPasswordThePolicyForbidsAndNeverShowsIt(CapturedOutput output) {
        assertThatThrownBy(() -> start(Map.of("MENTORMATCH_ADMIN_USERNAME", "hospital.admin",
                "MENTORMATCH_ADMIN_PASSWORD", "Hospital-1")))
                .isInstanceOf(FirstAdministratorRefused.class)
                .hasMessage("The first administrator cannot be created: "
                        + "MENTORMATCH_ADMIN_PASSWORD must be at least 12 characters long.");

        assertThat(accounts()).isEmpty();
        assertThat(audit()).isEmpty();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("MENTORMATCH_ADMIN_PASSWORD must be at least 12 characters long")
                .doesNotContain("Hospital-1");
    }

    /** One start of the application, with these environment variables, as an operator sets them. */
    private ConfigurableApplicationContext start(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", Map.copyOf(variables)));
        return new SpringApplicationBuilder(TestApplication.class)
                .environment(environment)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.quartz.auto-startup=false");
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }

    private List<String> accounts() {
        return jdbc().query("select username, role from app_user order by id", (row, n) ->
                row.getString("username") + " " + row.getString("role"));
    }

    private List<String> audit() {
        return jdbc().query("select actor, action, entity_type from audit_entry order by id", (row, n) ->
                row.getString("actor") + " " + row.getString("action") + " " + row.getString("entity_type"));
    }
}
