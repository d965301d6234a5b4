package io.mentormatch.api.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.health.HealthService;
import io.mentormatch.api.nextyear.NextYearCohorts;
import io.mentormatch.api.notification.DeadlineReminders;
import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceFormView;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.DeclineRematch;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.survey.SurveyService;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.generate.CohortGenerator;

/**
 * No N+1 queries (issue 22): the same workflow on a generated cohort of 50 and of 500 residents (half as many
 * mentors) sends the same number of SQL statements at each step the issue names. A step whose statements grew with
 * the cohort would send hundreds more at 500 than at 50.
 */
@SpringBootTest(properties = "mentormatch.mail.delivery-interval=1h") // thousands of mails: none is delivered
@Import(StatementCount.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    @Autowired
    StatementCount statements;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RosterService rosters;
    @Autowired
    CohortService cohorts;
    @Autowired
    RunService runs;
    @Autowired
    ProposalReview review;
    @Autowired
    DeclineRematch declineRematch;
    @Autowired
    ProposalSending sending;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    HealthService health;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    SurveyService surveys;
    @Autowired
    NextYearCohorts nextYear;
    @Autowired
    PreferenceService preferences;

    private Map<String, StatementCount.Counted<?>> small;
    private Map<String, StatementCount.Counted<?>> large;

    @BeforeAll
    void runWorkflowAtTwoSizes() {
        small = workflow(50);
        large = workflow(500);
        small.forEach((step, counted) -> System.out.printf("%s: %d statements at 50 residents (%d per call), %d at 500"
                + " (%d per call)%n", step, counted.count(), counted.perCall(), large.get(step).count(), large.get(step).perCall()));
    }

    @Test
    void deadlineRemindersSendAsManyStatementsForAnyCohortSize() {
        assertSame("deadline reminders");
    }

    @Test
    void formSaveSendsAsManyStatementsForAnyCohortSize() {
        assertSame("form save");
    }

    @Test
    void reviewPageSendsAsManyStatementsForAnyCohortSize() {
        assertSame("review page");
    }

    @Test
    void sendingProposalsSendsAsManyStatementsForAnyCohortSize() {
        assertSame("send proposals");
    }

    /**
     * Resident and mentor rows keep identity ids (the id of their common superclass), so each inserts on its own: one
     * statement per row imported, none more. Everything else (pair rules, audit) is written once or in batches.
     */
    @Test
    void cohortImportSendsOneInsertPerRosterRowAndNothingElsePerRow() {
        assertSameBeyondRosterInserts("cohort import");
    }

    /** As the import: one insert per resident, mentor and peer mentor carried over, nothing else per row. */
    @Test
    void nextYearSendsOneInsertPerRosterRowAndNothingElsePerRow() {
        assertSameBeyondRosterInserts("next year");
    }

    private void assertSameBeyondRosterInserts(String step) {
        assertThat(beyondRosterInserts(large.get(step))).as("%s: statements at 500 residents but roster inserts (at 50:"
                + " %d); repeated: %s", step, beyondRosterInserts(small.get(step)), repeated(large.get(step)))
                .isEqualTo(beyondRosterInserts(small.get(step)));
        assertFullBatches(step);
    }

    /**
     * Rows are written 50 to a batch: at 500 residents, at most one more batch per statement is cut short than at 50
     * (its last, whose rows need not fill it).
     */
    private void assertFullBatches(String step) {
        assertThat(large.get(step).shortBatches()).as("%s: batches of fewer than 50 rows", step)
                .isLessThanOrEqualTo(small.get(step).shortBatches() + large.get(step).batchedStatements());
    }

    private static long beyondRosterInserts(StatementCount.Counted<?> counted) {
        return counted.perCall() - counted.statements().stream()
                .filter(s -> s.startsWith("insert into resident ") || s.startsWith("insert into mentor ")).count();
    }

    /**
     * A re-match moves a few residents, which ones depending on the cohort: its statements vary a little with the
     * moves, not with the size of the cohort.
     */
    @Test
    void declineRematchSendsAtMostFortyStatementsForAnyCohortSize() {
        assertThat(List.of(small.get("decline re-match").perCall(), large.get("decline re-match").perCall()))
                .as("repeated at 500: %s", repeated(large.get("decline re-match"))).allMatch(n -> n <= 40);
    }

    @Test
    void publishingSendsAsManyStatementsForAnyCohortSize() {
        assertSame("publish");
    }

    @Test
    void healthDashboardSendsAsManyStatementsForAnyCohortSize() {
        assertSame("health dashboard");
    }

    @Test
    void surveyListSendsAsManyStatementsForAnyCohortSize() {
        assertSame("survey list");
    }

    /**
     * The same statements at 50 and 500 residents, but for the round trips that each write 50 rows (a JDBC batch) or
     * hand out 50 ids (a sequence read): with them, writing 1,000 mails costs 40 statements instead of 1,000.
     */
    private void assertSame(String step) {
        assertThat(large.get(step).perCall()).as("%s: statements at 500 residents (at 50: %d); repeated: %s", step,
                small.get(step).perCall(), repeated(large.get(step))).isEqualTo(small.get(step).perCall());
        assertThat(large.get(step).sequenceReads()).as("%s: one sequence read per 50 rows", step)
                .isLessThanOrEqualTo(large.get(step).batches() + 2);
        assertFullBatches(step);
    }

    private static List<Map.Entry<String, Integer>> repeated(StatementCount.Counted<?> counted) {
        return counted.repeats().entrySet().stream().filter(e -> e.getValue() > 5).toList();
    }

    /** Each named step of the workflow with the statements it sent. */
    private Map<String, StatementCount.Counted<?>> workflow(int residents) {
        Map<String, StatementCount.Counted<?>> counts = new LinkedHashMap<>();
        World world = data.world(CohortState.DRAFT);
        long id = world.cohortId();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        CohortFile.write(new CohortGenerator(residents).generate(residents, residents / 2), file);
        counts.put("cohort import", statements.of(() -> director(world, () ->
                rosters.importCohortFile(id, file.toByteArray(), false))));
        jdbc.update("update resident set email = lower(code) || '-' || cohort_id || '@example.org' where cohort_id = ?", id);
        link(world, "resident", world.resident1(), "R00001");
        director(world, () -> cohorts.transition(id, CohortState.OPEN_FOR_PREFERENCES));

        jdbc.update("update cohort set preference_deadline = ? where id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))), id);
        counts.put("deadline reminders", statements.of(reminders::queueDueReminders));
        PreferenceFormView form = data.callAs(world.resident1(), () -> preferences.form(id, ResidentId.of("R00001")));
        PreferenceForm valid = rankingOfAcceptingMentors(id, form.form());
        counts.put("form save", statements.of(() -> data.callAs(world.resident1(), () ->
                preferences.save(id, ResidentId.of("R00001"), form.version(), valid))));
        jdbc.update("update cohort set preference_deadline = ? where id = ?", Timestamp.from(Instant.now()), id);

        long runId = director(world, () -> runs.start(id, new StartRun("optimal", 60))).id();
        await().atMost(Duration.ofSeconds(120)).until(() ->
                director(world, () -> runs.get(id, runId)).status() == RunStatus.SUCCEEDED);
        counts.put("review page", statements.of(() -> director(world, () -> reviewPage(id))));
        counts.put("send proposals", statements.of(() -> director(world, () -> sending.send(id))));

        Map<String, Object> declined = jdbc.queryForMap("""
                select p.id, p.version, m.code from proposal p join mentor m on m.id = p.mentor_id
                where p.cohort_id = ? and p.state = 'PROPOSED' order by p.id limit 1""", id);
        link(world, "mentor", world.mentor1(), (String) declined.get("code"));
        counts.put("decline re-match", statements.of(() -> data.callAs(world.mentor1(), () -> decisions.decline(id,
                ((Number) declined.get("id")).longValue(),
                new Decision(((Number) declined.get("version")).longValue(), "I supervise this resident")))));

        jdbc.update("update proposal set state = 'ACCEPTED' where cohort_id = ? and state = 'PROPOSED'", id);
        counts.put("publish", statements.of(() -> director(world, () ->
                publications.publish(id, new PublishRequest(false, null)))));
        counts.put("health dashboard", statements.of(() -> director(world, () -> health.health(id))));
        jdbc.update("update publication set published_at = ? where cohort_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(30))), id);
        counts.put("survey list", statements.of(() -> data.callAs(world.resident1(), surveys::mySurveys)));
        counts.put("next year", statements.of(() -> director(world, () -> nextYear.create(id))));
        return counts;
    }

    /** What the director's review page asks of the api (matching-web ProposalPageController#review). */
    private Object reviewPage(long id) {
        review.page(id, ProposalFilter.ALL);
        rosters.mentors(id);
        cohorts.get(id);
        RunView run = runs.list(id, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "requestedAt"))).stream()
                .filter(r -> r.status() == RunStatus.SUCCEEDED).findFirst().orElseThrow();
        runs.result(id, run.id());
        return declineRematch.declined(id);
    }

    /** The generated form, its ranking cut to what a save accepts: mentors taking mentees, not avoided, the limit. */
    private PreferenceForm rankingOfAcceptingMentors(long cohortId, PreferenceForm form) {
        List<String> accepting = jdbc.queryForList("select code from mentor where cohort_id = ? and accepting", String.class,
                cohortId);
        int limit = jdbc.queryForObject("select max_ranked_mentors from cohort where id = ?", Integer.class, cohortId);
        List<String> ranking = form.ranking().stream().filter(accepting::contains).filter(c -> !form.avoid().contains(c))
                .limit(limit).toList();
        return new PreferenceForm(form.careerGoal(), form.interests(), form.availability(), ranking, form.avoid(),
                form.openToOtherSpecialties());
    }

    /** Links the roster row with this code to the account, as its sign-up would. */
    private void link(World world, String table, String username, String code) {
        jdbc.update("update " + table + " set user_id = (select id from app_user where username = ?),"
                + " email = (select email from app_user where username = ?) where cohort_id = ? and code = ?",
                username, username, world.cohortId(), code);
    }

    private <T> T director(World world, Supplier<T> work) {
        return data.callAs(world.director(), work);
    }
}
