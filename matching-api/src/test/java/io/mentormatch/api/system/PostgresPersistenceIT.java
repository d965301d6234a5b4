package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.PostgresDatabase;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.api.audit.AuditEntryRepository;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;

/** The repositories, the migrations (Quartz tables included) and optimistic locking on a real PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresPersistenceIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(PostgresPersistenceIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    List<JavaMigration> javaMigrations;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    MentorRepository mentors;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    CohortAssembler assembler;
    @Autowired
    RosterService roster;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    Pairings pairings;
    @Autowired
    PairingDirectory directory;

    @Test
    void runsOnPostgresqlWithEveryMigration() throws IOException {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank", String.class))
                .containsExactlyElementsOf(migrationVersions());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'qrtz_job_details'",
                Integer.class)).isEqualTo(1);
    }

    /** The sign-in limit's statements (generated keys, counts, the wait, the audit) on PostgreSQL. */
    @Test
    void limitsSignInAttemptsOnPostgresql() throws Exception {
        World world = data.world(CohortState.DRAFT);
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong-" + i;
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(world.director(), wrong)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(world.director(), TestData.PASSWORD)))
                .hasMessage("too many failed sign-in attempts");
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(world.admin(), TestData.PASSWORD))
                .isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.sign-in-limit-reached'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void storesListsAndReadsThemBack() {
        World world = data.world(CohortState.DRAFT);
        MentorEntity mentor = mentors.findByCohortIdAndCode(world.cohortId(), "F1").orElseThrow();
        assertThat(mentor.getInterests()).containsExactly("research", "teaching");
        assertThat(mentor.getAvailability()).containsExactly("MON-18", "WED-07");
    }

    @Test
    void refusesTheSecondOfTwoConcurrentEdits() {
        World world = data.world(CohortState.DRAFT);
        CohortEntity first = cohorts.findById(world.cohortId()).orElseThrow();
        CohortEntity second = cohorts.findById(world.cohortId()).orElseThrow();
        first.setName("First");
        cohorts.saveAndFlush(first);
        second.setName("Second");
        assertThatThrownBy(() -> cohorts.saveAndFlush(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(cohorts.findById(world.cohortId()).orElseThrow().getName()).isEqualTo("First");
    }

    @Test
    void enforcesUniqueMentorIdsPerCohort() {
        World world = data.world(CohortState.DRAFT);
        MentorEntity duplicate = new MentorEntity(world.cohortId(), "F1");
        duplicate.setName("Twin");
        assertThatThrownBy(() -> mentors.saveAndFlush(duplicate)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void importsTheCohortFileAndAssemblesTheSameCohort() throws Exception {
        World world = data.world(CohortState.DRAFT);
        byte[] file = new ClassPathResource("cohort-small.json").getContentAsByteArray();
        long auditBefore = audit.count();
        SystemActor.run(() -> roster.importCohortFile(world.cohortId(), file, false));
        Cohort expected = CohortFile.read(new ByteArrayInputStream(file));
        Cohort stored = assembler.toCore(world.cohortId());
        assertThat(stored.mentors()).isEqualTo(expected.mentors());
        assertThat(stored.residents()).isEqualTo(expected.residents());
        assertThat(stored.previousPairs()).isEqualTo(expected.previousPairs());
        assertThat(stored.weights()).isEqualTo(expected.weights());
        assertThat(audit.count()).isEqualTo(auditBefore + 1);
    }

    @Test
    void importsACohortFileWithPeerMentoringAndReadsEachPairingsLayer() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String json = new ClassPathResource("cohort-small.json").getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ \"peerMentoring\": { \"weights\": { \"availability\": 10 } },");
        SystemActor.run(() -> roster.importCohortFile(world.cohortId(), json.getBytes(StandardCharsets.UTF_8), false));
        Cohort expected = CohortFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(assembler.toCore(world.cohortId()).peerMentoring()).isEqualTo(expected.peerMentoring());
        assertThat(expected.peerMentoring().weights().availability()).isEqualTo(10);

        World published = data.world(CohortState.DRAFT);
        pairings.published(published);
        jdbc.update("update mentor set kind = 'SENIOR_RESIDENT' where cohort_id = ? and code = 'F2'", published.cohortId());
        jdbc.update("update cohort set peer_mentoring = true where id = ?", published.cohortId());
        assertThat(directory.ofCohort(published.cohortId())).extracting(p -> p.mentor().code() + "-" + p.layer())
                .containsExactlyInAnyOrder("F1-PRIMARY", "F2-PEER");
    }

    @Test
    void keepsAuditEntriesOnceWritten() {
        World world = data.world(CohortState.DRAFT);
        SystemActor.run(() -> roster.importResidents(world.cohortId(), "id,name\nR8,Eight\n".getBytes(), false));
        List<String> actions = tx.execute(status -> audit.findByCohortIdOrderByOccurredAtAscIdAsc(world.cohortId())
                .stream().map(entry -> entry.getActor() + ":" + entry.getAction()).toList());
        assertThat(actions).containsExactly("system:roster.residents-imported");
    }

    /** The versions of every migration PostgreSQL gets (common and its own), in the order Flyway applies them. */
    /** Every SQL script for PostgreSQL, and every migration written in Java (a bean, e.g. V53's unique e-mail). */
    private List<String> migrationVersions() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Stream<Resource> scripts = Stream.concat(
                Arrays.stream(resolver.getResources("classpath:db/migration/common/V*__*.sql")),
                Arrays.stream(resolver.getResources("classpath:db/migration/postgresql/V*__*.sql")));
        return Stream.concat(scripts.map(script -> script.getFilename().substring(1, script.getFilename().indexOf("__"))),
                        javaMigrations.stream().map(migration -> migration.getVersion().getVersion()))
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
    }
}
