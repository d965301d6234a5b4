package io.mentormatch.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

@SpringBootTest
@AutoConfigureMockMvc
class RunServiceTest {

    private static final StartRun OPTIMAL = new StartRun("optimal", 5);

    @Autowired
    RunService runs;
    @Autowired
    RunExecutor executor;
    @Autowired
    ProposalReview review;
    @Autowired
    CohortService cohorts;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void runsInBackgroundAndStoresResultWithDraftProposals() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        RunView queued = data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL));

        assertThat(queued.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(cohorts.find(world.cohortId()).getState()).isEqualTo(CohortState.MATCHING);
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.current(queued.id()).status() == RunStatus.SUCCEEDED);
        RunResult result = data.callAs(world.director(), () -> runs.result(world.cohortId(), queued.id()));
        assertThat(result.run().score()).isEqualTo("0hard/0medium/" + result.run().pairScoreSum() + "soft");
        assertThat(result.run().gapPercent()).isNotNull();
        assertThat(result.run().blockingPairs()).isZero();
        assertThat(result.assignments()).extracting(a -> a.resident() + "-" + a.mentor()).containsExactlyInAnyOrder("R1-F1", "R2-F2");
        assertThat(result.assignments()).allMatch(a -> !a.reasons().isEmpty());
        List<ProposalView> drafts = data.callAs(world.director(),
                () -> review.list(world.cohortId(), ProposalFilter.ALL, 0, Pageable.ofSize(10))).getContent();
        // the run's reasons (the resident's words, as stored), read by the director in the director's words
        assertThat(drafts).hasSize(2).allMatch(p -> p.sentAt() == null && p.reasons().equals(PairExplainer.forAudience(
                result.assignments().stream().filter(a -> a.resident().equals(p.resident())).findFirst().orElseThrow()
                        .reasons(), Audience.DIRECTOR, p.residentName(), p.mentorName())));
        assertThat(drafts).allSatisfy(p -> assertThat(p.reasons()).noneMatch(r -> r.startsWith("Your "))
                .anyMatch(r -> r.startsWith(p.residentName() + "'s career goal")));
    }

    @Test
    void queuesRunAsRecoverableQuartzJobInClusteredJdbcStore() throws Exception {
        World world = data.world(CohortState.MATCHING);
        scheduler.pauseAll();
        try {
            RunView queued = data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL));

            JobDetail job = scheduler.getJobDetail(JobKey.jobKey("run-" + queued.id(), RunScheduler.GROUP));
            assertThat(job.requestsRecovery()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from qrtz_job_details where job_name = ?", Integer.class,
                    "run-" + queued.id())).isOne();
        } finally {
            scheduler.resumeAll();
        }
    }

    @Test
    void refusesSecondRunWhileOneIsActive() {
        World world = data.world(CohortState.MATCHING);
        insertRun(world.cohortId(), "RUNNING", true);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL)))
                .isInstanceOf(RunAlreadyActive.class);
    }

    @Test
    void databaseRefusesTwoActiveRunsOfOneCohort() {
        World world = data.world(CohortState.MATCHING);
        insertRun(world.cohortId(), "QUEUED", true);

        assertThatThrownBy(() -> insertRun(world.cohortId(), "RUNNING", true))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void startsExactlyOneOfTwoSimultaneousRuns() throws Exception {
        World world = data.world(CohortState.MATCHING);
        // no run may finish between the two starts: an optimal run takes milliseconds, so the jobs wait meanwhile
        scheduler.standby();
        try {
            startTwoAtOnce(world);
        } finally {
            scheduler.start();
        }
    }

    private void startTwoAtOnce(World world) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<RunView>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(() -> {
                go.await();
                return data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RunView>> outcomes = starts.stream().map(pool::submit).toList();
        go.countDown();
        int started = 0;
        int refused = 0;
        for (Future<RunView> outcome : outcomes) {
            try {
                outcome.get();
                started++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(RunAlreadyActive.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(started).isOne();
        assertThat(refused).isOne();
    }

    @Test
    void refusesRunOfPublishedCohort() {
        World world = data.world(CohortState.PUBLISHED);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL)))
                .isInstanceOf(CohortLocked.class);
    }

    @Test
    void cancelsQueuedRunAtOnceAndFreesCohort() {
        World world = data.world(CohortState.MATCHING);
        long runId = insertRun(world.cohortId(), "QUEUED", true);

        RunView cancelled = data.callAs(world.director(), () -> runs.cancel(world.cohortId(), runId));

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> runs.cancel(world.cohortId(), runId)))
                .isInstanceOf(RunAlreadyFinished.class);
        assertThat(data.callAs(world.director(), () -> runs.start(world.cohortId(), OPTIMAL)).status()).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void stopsRunningRunWhoseCancelWasRequestedOnAnyInstance() {
        World world = data.world(CohortState.MATCHING);
        long runId = insertRun(world.cohortId(), "RUNNING", true);

        RunView requested = data.callAs(world.director(), () -> runs.cancel(world.cohortId(), runId));
        assertThat(requested.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(requested.cancelRequested()).isTrue();

        executor.execute(runId);

        assertThat(runs.current(runId).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(jdbc.queryForObject("select count(*) from proposal where run_id = ?", Integer.class, runId)).isZero();
    }

    @Test
    void completesRunLeftRunningByCrashedInstance() {
        World world = data.world(CohortState.MATCHING);
        long runId = insertRun(world.cohortId(), "RUNNING", true);

        executor.execute(runId);

        RunView done = runs.current(runId);
        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(jdbc.queryForObject("select count(*) from proposal where run_id = ?", Integer.class, runId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select active_cohort_id from matching_run where id = ?", Long.class, runId)).isNull();
    }

    @Test
    void runsFinishedRunNoMoreThanOnce() {
        World world = data.world(CohortState.MATCHING);
        long runId = insertRun(world.cohortId(), "RUNNING", true);
        executor.execute(runId);
        RunView first = runs.current(runId);

        executor.execute(runId);

        assertThat(runs.current(runId)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from proposal where run_id = ?", Integer.class, runId)).isEqualTo(2);
    }

    @Test
    void failsRunOfInvalidCohortWithReason() {
        World world = data.world(CohortState.MATCHING);
        long resident = jdbc.queryForObject("select id from resident where cohort_id = ? and code = 'R1'", Long.class, world.cohortId());
        long mentor = jdbc.queryForObject("select id from mentor where cohort_id = ? and code = 'F1'", Long.class, world.cohortId());
        for (String kind : List.of("PINNED", "CONFLICT")) {
            jdbc.update("insert into pair_rule (cohort_id, kind, resident_id, mentor_id, created_at) values (?, ?, ?, ?, ?)",
                    world.cohortId(), kind, resident, mentor, Timestamp.from(Instant.now()));
        }
        long runId = insertRun(world.cohortId(), "QUEUED", true);

        executor.execute(runId);

        RunView failed = runs.current(runId);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failure()).startsWith("the cohort is not valid: pinned").contains("R1");
        assertThatThrownBy(() -> data.callAs(world.director(), () -> runs.result(world.cohortId(), runId)))
                .isInstanceOf(RunHasNoResult.class);
    }

    @Test
    void answersRunOfAnotherCohortAsNotFound() {
        World world = data.world(CohortState.MATCHING);
        World other = data.world(CohortState.MATCHING);
        long runId = insertRun(other.cohortId(), "SUCCEEDED", false);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> runs.get(world.cohortId(), runId)))
                .isInstanceOf(RunNotFound.class);
    }

    /** A run row as another instance (or a crashed one) would have left it, with no Quartz job behind it. */
    private long insertRun(long cohortId, String status, boolean active) {
        jdbc.update("""
                insert into matching_run (cohort_id, active_cohort_id, status, mode, time_limit_seconds, requested_by,
                  requested_at, started_at) values (?, ?, ?, 'OPTIMAL', 5, 'test', ?, ?)""",
                cohortId, active ? cohortId : null, status, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from matching_run where cohort_id = ?", Long.class, cohortId);
    }
}
