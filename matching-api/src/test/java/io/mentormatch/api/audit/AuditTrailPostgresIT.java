package io.mentormatch.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.mentormatch.api.PostgresDatabase;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;
import io.mentormatch.api.access.SystemActor;

/** On PostgreSQL the audit trail cannot be rewritten, not even by the application's own role, which owns the table. */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class AuditTrailPostgresIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(AuditTrailPostgresIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgramService programs;

    @Test
    void runsAsTheOwnerOfItsTablesWhoIsNotASuperuser() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(PostgresDatabase.user());
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_entry'", String.class))
                .isEqualTo(PostgresDatabase.user());
    }

    @Test
    void refusesToUpdateDeleteOrTruncateAuditEntries() {
        long entry = auditedChange();

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone-else' where id = ?", entry))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_entry is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", entry))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_entry is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_entry is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_entry is append-only: TRUNCATE is not allowed");

        assertThat(jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, entry))
                .isEqualTo(SystemActor.NAME);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id = ?", Long.class, entry)).isOne();
    }

    @Test
    void keepsRecordingChanges() {
        long first = auditedChange();
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"));
        long second = auditedChange();
        jdbc.update("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id) "
                + "values (now(), 'operator', 'note', 'program', '0')");

        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 2);
    }

    /** A change made through the application, which records it; returns its audit entry. */
    private long auditedChange() {
        ProgramView program = SystemActor.call(() -> programs.create(new NewProgram("Audited " + UUID.randomUUID())));
        return jdbc.queryForObject("select id from audit_entry where action = 'program.created' and entity_id = ?",
                Long.class, String.valueOf(program.id()));
    }
}
