package io.mentormatch.api.health.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.TestApplication;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.health.HealthService;
import io.mentormatch.api.health.ProgramHealth;
import io.mentormatch.api.access.SystemActor;

/**
 * The program health dashboard of a published cohort of N pairs with M meetings each (default 2,000 × 10), built
 * and serialised as JSON in process against the test database (in-memory H2): the latency per dashboard over
 * repeated calls after a warm-up. Not a test: run it by hand (docs/benchmarks.md, "Program health dashboard").
 *
 * <p>Arguments: pairs, meetings per pair, timed calls (defaults 2000 10 500).
 */
public final class HealthBenchmark {

    private HealthBenchmark() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int meetings = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE).properties("logging.level.root=warn", "spring.quartz.auto-startup=false")
                .run()) {
            long cohortId = seed(context, pairs, meetings);
            HealthService health = context.getBean(HealthService.class);
            JsonMapper json = JsonMapper.builder().findAndAddModules().build();
            for (int i = 0; i < 100; i++) {
                render(health, json, cohortId);
            }
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                render(health, json, cohortId);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            ProgramHealth last = SystemActor.call(() -> health.health(cohortId));
            System.out.printf("pairs %d, meetings %d, at risk %d, overdue %d; %d calls: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    last.pairs(), last.meetings(), last.atRisk().size(), last.overdue().size(), calls,
                    nanos[calls / 2] / 1e6, nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6, nanos[calls - 1] / 1e6);
        }
    }

    private static void render(HealthService health, JsonMapper json, long cohortId) {
        String body = json.writeValueAsString(SystemActor.call(() -> health.health(cohortId)));
        if (body.isEmpty()) {
            throw new IllegalStateException("empty dashboard");
        }
    }

    /** A published cohort: the pairs, each with its meetings over the past year; every 10th pair never met. */
    private static long seed(ConfigurableApplicationContext context, int pairs, int meetings) {
        World world = context.getBean(TestData.class).world(CohortState.MATCHING);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long cohort = world.cohortId();
        Instant published = Instant.now().minus(330, ChronoUnit.DAYS);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            people.add(new Object[] {cohort, "BR" + i, "Resident " + i});
        }
        jdbc.batchUpdate("""
                insert into resident (cohort_id, code, name, specialty, career_goal, interests, availability, ranking, avoid,
                  open_to_other_specialties) values (?, ?, ?, 'Internal Medicine', 'Cardiology', '[]', '["MON-18"]', '[]', '[]', true)""",
                people);
        people.replaceAll(row -> new Object[] {row[0], "BF" + ((String) row[1]).substring(2), "Dr. " + row[2]});
        jdbc.batchUpdate("""
                insert into mentor (cohort_id, code, name, kind, specialty, interests, availability, capacity, accepting,
                  preferred_residents) values (?, ?, ?, 'FACULTY', 'Cardiology', '[]', '["MON-18"]', 1, true, '[]')""", people);
        jdbc.update("""
                insert into proposal (cohort_id, resident_id, mentor_id, state, pair_score, reasons, sent_at)
                select r.cohort_id, r.id, m.id, 'ACCEPTED', 50, '[]', ? from resident r
                  join mentor m on m.cohort_id = r.cohort_id and m.code = 'BF' || substring(r.code, 3)
                where r.cohort_id = ? and r.code like 'BR%'""", Timestamp.from(published), cohort);
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) values (?, ?, 'bench', false)",
                cohort, Timestamp.from(published));
        jdbc.update("update cohort set state = 'PUBLISHED' where id = ?", cohort);
        List<Long> ids = jdbc.queryForList("select id from proposal where cohort_id = ? order by id", Long.class, cohort);
        List<Object[]> rows = new ArrayList<>();
        LocalDate first = published.atZone(ZoneOffset.UTC).toLocalDate();
        for (int p = 0; p < ids.size(); p++) {
            for (int m = 0; p % 10 != 0 && m < meetings; m++) {
                rows.add(new Object[] {cohort, ids.get(p), Date.valueOf(first.plusDays(5 + (m * 31L + p) % 320)),
                        Timestamp.from(Instant.now())});
            }
        }
        jdbc.batchUpdate("""
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, note, logged_by,
                  logged_by_mentor, logged_at) values (?, ?, ?, 45, 'VIDEO', '["Research"]', 'a private note', 'bench', false, ?)""",
                rows);
        return cohort;
    }
}
