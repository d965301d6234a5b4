package io.mentormatch.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.TestMail;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;

/**
 * Mails are queued in the outbox with the change and sent by the delivery job (every 200 ms in tests) over real SMTP
 * to the in-process GreenMail server of {@link TestMail}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    CohortService cohorts;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    ProposalSending sending;
    @Autowired
    PublicationService publications;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Scheduler scheduler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void invitesResidentsWhenFormOpens() {
        World world = data.world(CohortState.DRAFT);

        data.callAs(world.director(), () -> cohorts.transition(world.cohortId(), CohortState.OPEN_FOR_PREFERENCES));

        awaitMail(world.resident1(), world.resident2());
        assertThat(subjects(world.resident1())).singleElement().asString().contains("preference form").contains("is open");
        assertThat(subjects(world.resident2())).hasSize(1);
        assertThat(subjects(world.mentor1())).isEmpty();
    }

    /** 12:00 UTC on 9 December 2026 is 06:00 in Chicago (UTC-6 in winter): the mail says that hour and the zone. */
    @Test
    void writesTheDeadlineInTheProgramsTimeZone() {
        World world = data.world(CohortState.DRAFT);
        jdbc.update("update program set time_zone = 'America/Chicago' where id = ?", world.programId());
        jdbc.update("update cohort set preference_deadline = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2026-12-09T12:00:00Z")), world.cohortId());

        data.callAs(world.director(), () -> cohorts.transition(world.cohortId(), CohortState.OPEN_FOR_PREFERENCES));

        assertThat(notifications.findAll()).filteredOn(n -> n.getRecipient().equals(world.resident1() + "@example.org"))
                .singleElement().satisfies(n -> assertThat(n.getBody())
                        .contains("is open until Wed 9 Dec 2026, 06:00 (America/Chicago)").doesNotContain("2026-12-09T"));
    }

    @Test
    void mailsMentorsTheirProposalsAndDirectorsTheDecisions() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);
        pairings.reproposeDeclines(world);

        data.callAs(world.director(), () -> sending.send(world.cohortId()));
        awaitMail(world.mentor1(), world.mentor2());
        assertThat(subjects(world.mentor1())).containsExactly("New mentee proposed: Resident R1 (Cohort " + tag(world) + ")");
        assertThat(subjects(world.mentor2())).containsExactly("New mentee proposed: Resident R2 (Cohort " + tag(world) + ")");

        long proposal = data.callAs(world.mentor1(), () -> decisions.forMentor(world.cohortId(), "F1")).get(0).id();
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), proposal, new Decision(1L, "on sabbatical")));

        awaitMail(world.director());
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects(world.mentor2()).size() == 2);
        assertThat(subjects(world.director())).containsExactly("Dr. F1 declined the proposal for Resident R1 (Cohort " + tag(world) + ")");
        assertThat(subjects(world.mentor2())).as("the re-match proposes R1 to F2")
                .contains("New mentee proposed: Resident R1 (Cohort " + tag(world) + ")");
    }

    @Test
    void announcesPublicationToResidentsAndMentors() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));
        data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(), stage.proposalR2(), new Decision(0L, null)));

        data.callAs(world.director(), () -> publications.publish(world.cohortId(), new PublishRequest(false, null)));

        String subject = "Your mentoring pairing for Cohort " + tag(world) + " is published";
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects(world.mentor2()).contains(subject));
        for (String person : List.of(world.resident1(), world.resident2(), world.mentor1(), world.mentor2())) {
            assertThat(subjects(person)).as(person).contains(subject);
        }
    }

    @Test
    void writesEachPublishedMailInItsReadersWords() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        jdbc.update("update proposal set reasons = '[\"Your 1st choice\", \"Add interests to get better suggestions\"]'"
                + " where id = ?", stage.proposalR1());
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));
        data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(), stage.proposalR2(), new Decision(0L, null)));

        data.callAs(world.director(), () -> publications.publish(world.cohortId(), new PublishRequest(false, null)));

        String resident = publishedBody(world.resident1());
        String mentor = publishedBody(world.mentor1());
        assertThat(resident).contains("Your 1st choice", "You gave no interests").doesNotContain("Add interests");
        assertThat(mentor).contains("Resident R1 gave no interests").doesNotContain("choice")
                .doesNotContain("Add interests");
    }

    private String publishedBody(String username) {
        return jdbc.queryForObject("select body from notification where recipient = ? and template = 'published'",
                String.class, username + "@example.org");
    }

    @Test
    void sendsNothingWhenChangeRollsBack() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);

        tx.executeWithoutResult(status -> {
            data.callAs(world.director(), () -> sending.send(world.cohortId()));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from notification where cohort_id = ?", Integer.class, world.cohortId()))
                .as("mails queued").isZero();
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and sent_at is not null",
                Integer.class, world.cohortId())).isZero();
    }

    @Test
    void remindsResidentsWithoutFormOnceBeforeDeadline() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        jdbc.update("update cohort set preference_deadline = ? where id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(20))), world.cohortId());
        jdbc.update("update resident set form_saved_at = ? where cohort_id = ? and code = 'R2'",
                Timestamp.from(Instant.now()), world.cohortId());

        reminders.queueDueReminders();
        reminders.queueDueReminders();

        awaitMail(world.resident1());
        assertThat(jdbc.queryForObject("select count(*) from notification where cohort_id = ? and template = ?",
                Integer.class, world.cohortId(), MailTemplate.DEADLINE_REMINDER.key())).as("reminders queued").isOne();
        assertThat(subjects(world.resident1())).singleElement().asString().startsWith("Reminder:");
        assertThat(subjects(world.resident2())).isEmpty();
    }

    @Test
    void retriesAFailedMailUpToTheLimitThenKeepsTheError() throws Exception {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        MailDelivery delivery = new MailDelivery(new SingleSender(unreachable), notifications, tx, Clock.systemUTC(), "from@example.org");
        String recipient = "nobody-" + System.nanoTime() + "@example.org";
        JobKey job = NotificationConfiguration.DELIVERY;
        scheduler.pauseJob(job);
        try {
            tx.executeWithoutResult(status -> outbox.queue(recipient, MailTemplate.FORM_OPENED, null, "A", "B", "C"));
            for (int round = 0; round <= MailDelivery.MAX_ATTEMPTS; round++) {
                delivery.deliverPending();
            }
        } finally {
            scheduler.resumeJob(job);
        }

        assertThat(notifications.findAll()).filteredOn(n -> n.getRecipient().equals(recipient)).singleElement()
                .satisfies(n -> {
                    assertThat(n.getSentAt()).isNull();
                    assertThat(n.getAttempts()).isEqualTo(MailDelivery.MAX_ATTEMPTS);
                    assertThat(n.getLastError()).isNotBlank();
                });
    }

    private void awaitMail(String... usernames) {
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of(usernames).stream().noneMatch(u -> subjects(u).isEmpty()));
    }

    private List<String> subjects(String username) {
        return TestMail.subjectsFor(greenMail, username + "@example.org");
    }

    private static String tag(World world) {
        return world.director().substring("director-".length());
    }

    private record SingleSender(JavaMailSender sender) implements ObjectProvider<JavaMailSender> {

        @Override
        public JavaMailSender getObject() {
            return sender;
        }

        @Override
        public JavaMailSender getIfAvailable() {
            return sender;
        }
    }
}
