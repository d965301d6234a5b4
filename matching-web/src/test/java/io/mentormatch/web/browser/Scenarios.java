package io.mentormatch.web.browser;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.access.SystemActor;

/**
 * Brings a {@link Scenario}'s cohort to the stage a browser test starts from, through the services a director's
 * pages call: open for preferences, matched by a real run, proposals sent and published.
 */
@Component
class Scenarios {

    private final ProgramService programs;
    private final UserAccounts accounts;
    private final CohortService cohorts;
    private final RosterService rosters;
    private final RunService runs;
    private final ProposalSending sending;
    private final PublicationService publications;
    private final JdbcTemplate jdbc;

    Scenarios(ProgramService programs, UserAccounts accounts, CohortService cohorts, RosterService rosters,
              RunService runs, ProposalSending sending, PublicationService publications, JdbcTemplate jdbc) {
        this.programs = programs;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.rosters = rosters;
        this.runs = runs;
        this.sending = sending;
        this.publications = publications;
        this.jdbc = jdbc;
    }

    Scenario create(String programName) {
        return new Scenario(programs, accounts, programName);
    }

    /** The scenario's cohort with its rosters imported, open for preferences; returns its id. */
    long open(Scenario scenario) {
        return scenario.openCohort(cohorts, rosters);
    }

    /** Runs the cohort's matching in optimal mode and waits until it has succeeded: its proposals are drafts. */
    void match(long cohortId) {
        long runId = SystemActor.call(() -> runs.start(cohortId, new StartRun("optimal", 10))).id();
        await().atMost(Duration.ofSeconds(90))
                .until(() -> SystemActor.call(() -> runs.get(cohortId, runId)).status() == RunStatus.SUCCEEDED);
    }

    /** The scenario's cohort matched and its proposals sent to the mentors, who have not answered yet; returns its id. */
    long sent(Scenario scenario) {
        long cohortId = open(scenario);
        match(cohortId);
        SystemActor.run(() -> sending.send(cohortId));
        return cohortId;
    }

    /**
     * The scenario's cohort matched, its proposals sent and published over the open ones, {@code ago} before now:
     * publishing stamps the clock's now, so the year is moved back for tests that log past meetings.
     */
    long published(Scenario scenario, Duration ago) {
        long cohortId = open(scenario);
        match(cohortId);
        SystemActor.run(() -> sending.send(cohortId));
        SystemActor.run(() -> publications.publish(cohortId, new PublishRequest(true, "term starts")));
        if (!ago.isZero()) {
            jdbc.update("update publication set published_at = ? where cohort_id = ?",
                    Timestamp.from(Instant.now().minus(ago)), cohortId);
            jdbc.update("update proposal set sent_at = ? where cohort_id = ? and sent_at is not null",
                    Timestamp.from(Instant.now().minus(ago).minus(Duration.ofDays(5))), cohortId);
        }
        return cohortId;
    }
}
