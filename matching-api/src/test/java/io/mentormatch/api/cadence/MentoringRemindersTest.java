package io.mentormatch.api.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.meeting.MeetingTallies;
import io.mentormatch.api.notification.MentoringMail;
import io.mentormatch.api.pairing.PairingDirectory;

/**
 * The reminder job against a fixed clock: the pairings of a world published at {@code published}, looked at some
 * weeks later. Each test counts only its own world's mails, so other tests' cohorts do not matter.
 */
@SpringBootTest
class MentoringRemindersTest {

    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CadenceRepository cadences;
    @Autowired
    MeetingTallies meetings;
    @Autowired
    CohortService cohortService;
    @Autowired
    AuditLog audit;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    PairingDirectory directory;
    @Autowired
    ReminderPreferenceRepository preferences;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    MentoringMail mail;
    @Autowired
    PlatformTransactionManager transactions;

    private final Instant published = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));

    @Test
    void remindsBothMembersOnceWhenAMeetingIsDue() {
        World world = publishedWorld();
        MentoringReminders reminders = reminders(published.plus(Duration.ofDays(21)), signals());

        reminders.queueReminders();
        reminders.queueReminders();

        assertThat(mails(world, "meeting-due")).isEqualTo(4);
        assertThat(recipients(world, "meeting-due")).contains(world.resident1() + "@example.org", world.mentor1() + "@example.org");
        assertThat(mails(world, "meeting-overdue") + mails(world, "pairing-at-risk")).isZero();
    }

    @Test
    void sendsEachEventOnceWhenTwoInstancesRunAtTheSameMoment() throws Exception {
        World world = publishedWorld();
        MentoringReminders one = reminders(published.plus(Duration.ofDays(21)), signals());
        MentoringReminders two = reminders(published.plus(Duration.ofDays(21)), signals());
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> runAfter(start, one));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> runAfter(start, two));
        CompletableFuture.allOf(a, b).get();

        assertThat(mails(world, "meeting-due")).isEqualTo(4);
        assertThat(jdbc.queryForObject("""
                select count(*) from mentoring_reminder r join proposal p on p.id = r.pairing_id where p.cohort_id = ?""",
                Long.class, world.cohortId())).isEqualTo(2);
    }

    @Test
    void nudgesAnOverduePairAndTellsTheDirectorOfOneAtRisk() {
        World world = publishedWorld();
        long r1 = proposal(world, "R1");
        met(world, r1, published.plus(Duration.ofDays(1)));
        MentoringReminders reminders = reminders(published.plus(Duration.ofDays(1 + 12 * 7 + 3)), signals());

        reminders.queueReminders();
        reminders.queueReminders();

        assertThat(mails(world, "meeting-overdue")).isEqualTo(2);
        assertThat(mails(world, "pairing-at-risk")).isEqualTo(1);
        assertThat(recipients(world, "pairing-at-risk")).containsExactly(world.director() + "@example.org");
        assertThat(jdbc.queryForObject("select body from notification where cohort_id = ? and template = 'pairing-at-risk'",
                String.class, world.cohortId())).contains("never met within the first 4 weeks");
    }

    @Test
    void leavesOutWhoMutedOptionalReminders() {
        World world = publishedWorld();
        data.callAs(world.resident1(), () -> context.getBean(ReminderSettingsService.class).set(new ReminderSettings(false)));

        reminders(published.plus(Duration.ofDays(21)), signals()).queueReminders();

        assertThat(recipients(world, "meeting-due")).doesNotContain(world.resident1() + "@example.org")
                .contains(world.mentor1() + "@example.org");
        assertThat(mails(world, "meeting-due")).isEqualTo(3);
    }

    @Test
    void takesAtRiskReasonsFromEverySignalSource() {
        World world = publishedWorld();
        long r1 = proposal(world, "R1");
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerSingleton("poorFit", (AtRiskSignals) cohortId ->
                cohortId == world.cohortId() ? Map.of(r1, "poor fit reported in a survey") : Map.of());

        reminders(published.plus(Duration.ofDays(2)), factory.getBeanProvider(AtRiskSignals.class)).queueReminders();

        assertThat(jdbc.queryForObject("select body from notification where cohort_id = ? and template = 'pairing-at-risk'",
                String.class, world.cohortId())).contains("poor fit reported in a survey");
    }

    private World publishedWorld() {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, published);
        return world;
    }

    private MentoringReminders reminders(Instant now, ObjectProvider<AtRiskSignals> signals) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        CadenceService cadenceService = new CadenceService(cadences, meetings, signals, cohortService, audit, clock);
        return new MentoringReminders(cohorts, directory, cadenceService, preferences, accounts, mail, jdbc, transactions, clock);
    }

    private ObjectProvider<AtRiskSignals> signals() {
        return context.getBeanProvider(AtRiskSignals.class);
    }

    private static void runAfter(CyclicBarrier start, MentoringReminders reminders) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        reminders.queueReminders();
    }

    private long proposal(World world, String resident) {
        return jdbc.queryForObject("""
                select p.id from proposal p join resident r on r.id = p.resident_id where p.cohort_id = ? and r.code = ?""",
                Long.class, world.cohortId(), resident);
    }

    private void met(World world, long pairing, Instant on) {
        jdbc.update("""
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, logged_by,
                  logged_by_mentor, logged_at) values (?, ?, ?, 30, 'PHONE', '[]', 'test', false, ?)""",
                world.cohortId(), pairing, Date.valueOf(on.atZone(ZoneOffset.UTC).toLocalDate()), java.sql.Timestamp.from(on));
    }

    private long mails(World world, String template) {
        return jdbc.queryForObject("select count(*) from notification where cohort_id = ? and template = ?", Long.class,
                world.cohortId(), template);
    }

    private java.util.List<String> recipients(World world, String template) {
        return jdbc.queryForList("select recipient from notification where cohort_id = ? and template = ?", String.class,
                world.cohortId(), template);
    }
}
