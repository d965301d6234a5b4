package io.mentormatch.api.run;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.proposal.ProposalDrafts;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.RosterInconsistent;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.integrity.IntegrityAudit;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * Runs one matching run on whichever instance Quartz chose: claims the row, loads the cohort, solves, and
 * writes the result and the draft proposals in one transaction, so no reader ever sees half a result. While it
 * solves, a ticker writes the progress and looks for a cancel request every interval, so a director on any
 * instance can follow and cancel it.
 */
@Component
public class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MatchingRunRepository runs;
    private final CohortAssembler assembler;
    private final ProposalDrafts drafts;
    private final AuditLog audit;
    private final RunScheduler scheduler;
    private final RunMetrics metrics;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration progressInterval;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-progress");
        thread.setDaemon(true);
        return thread;
    });
    /** Runs solving on this instance, so that a cancel arriving here stops them at once. */
    private final Map<Long, MatchingSolver> solving = new ConcurrentHashMap<>();

    RunExecutor(MatchingRunRepository runs, CohortAssembler assembler, ProposalDrafts drafts, AuditLog audit,
                RunScheduler scheduler, RunMetrics metrics, TransactionTemplate tx, ApplicationEventPublisher events,
                Clock clock, @Value("${mentormatch.run.progress-interval:1s}") Duration progressInterval) {
        this.runs = runs;
        this.assembler = assembler;
        this.drafts = drafts;
        this.audit = audit;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.progressInterval = progressInterval;
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
    }

    /** Cancels the run at once if it is solving on this instance; other instances see the flag in the row. */
    void cancelLocally(long runId) {
        MatchingSolver solver = solving.get(runId);
        if (solver != null) {
            solver.cancel();
        }
    }

    void execute(long runId) {
        Optional<MatchingRunEntity> claimed = claim(runId);
        if (claimed.isEmpty()) {
            return;
        }
        MatchingRunEntity run = claimed.get();
        long cohortId = run.getCohortId();
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            Cohort cohort = run.getMode().solverMode().cohortFor(
                    tx.execute(status -> assembler.toCore(cohortId, drafts.keptPairs(cohortId))));
            MatchingSolver solver = new MatchingSolver(cohort,
                    new SolveOptions(run.getMode().solverMode(), Duration.ofSeconds(run.getTimeLimitSeconds())));
            MatchingResult solved = solve(runId, solver);
            // the integrity report travels with the result, so a page reads it with the rest
            MatchingResult result = solver.isCancelled() ? solved : solved.withIntegrity(IntegrityAudit.of(cohort, solved));
            if (solver.isCancelled()) {
                finishCancelled(runId);
                outcome = "cancelled";
            } else if (succeed(runId, cohortId, cohort, result)) {
                metrics.succeeded(result);
                outcome = "succeeded";
            } else {
                outcome = "cancelled";
            }
        } catch (RosterInconsistent e) {
            fail(runId, "the cohort is not valid: " + problems(e));
        } catch (RuntimeException e) {
            log.error("matching run {} failed", runId, e);
            fail(runId, "the run failed unexpectedly; see the server log");
        } finally {
            metrics.finished(run.getMode().name(), outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static String problems(RosterInconsistent e) {
        String text = ((List<?>) e.properties().get("errors")).stream().map(FieldProblem.class::cast)
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    /**
     * The integrity report of a result stored without one (before issue 20), against the cohort as it is now: call
     * inside a transaction.
     */
    IntegrityReport auditNow(long cohortId, RunMode mode, MatchingResult result) {
        return IntegrityAudit.of(mode.solverMode().cohortFor(assembler.toCore(cohortId, drafts.keptPairs(cohortId))),
                result);
    }

    /** The run, now RUNNING on this instance, or empty when it has finished or was cancelled while queued. */
    private Optional<MatchingRunEntity> claim(long runId) {
        return tx.execute(status -> {
            Optional<MatchingRunEntity> found = runs.findForUpdate(runId);
            if (found.isEmpty() || !found.get().getStatus().isActive()) {
                return Optional.<MatchingRunEntity>empty();
            }
            MatchingRunEntity run = found.get();
            if (run.isCancelRequested()) {
                run.cancel(clock.instant());
                audit.record("run.cancelled", "matching-run", runId, run.getCohortId(), null, RunView.of(run));
                return Optional.<MatchingRunEntity>empty();
            }
            // a RUNNING row here means its instance died mid-solve: Quartz recovered the job, so start over
            run.start(clock.instant(), scheduler.instanceId());
            MatchingRunEntity started = runs.saveAndFlush(run);
            // one entry per execution: shows which instance ran the run, and that a recovered run ran again
            audit.record("run.claimed", "matching-run", runId, started.getCohortId(), null, RunView.of(started));
            return Optional.of(started);
        });
    }

    private MatchingResult solve(long runId, MatchingSolver solver) {
        long start = System.nanoTime();
        String[] best = {"loading", null};
        SolveProgress progress = (phase, bestScore, elapsed) -> {
            synchronized (best) {
                best[0] = phase;
                best[1] = bestScore;
            }
            pollCancel(runId, solver);
        };
        ScheduledFuture<?> tick = ticker.scheduleWithFixedDelay(() -> {
            try {
                String phase;
                String bestScore;
                synchronized (best) {
                    phase = best[0];
                    bestScore = best[1];
                }
                long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
                tx.executeWithoutResult(status -> runs.recordProgress(runId, phase, bestScore, elapsed));
                pollCancel(runId, solver);
            } catch (RuntimeException e) {
                log.warn("could not record the progress of run {}", runId, e);
            }
        }, progressInterval.toMillis(), progressInterval.toMillis(), TimeUnit.MILLISECONDS);
        solving.put(runId, solver);
        try {
            return solver.solve(progress);
        } finally {
            solving.remove(runId);
            tick.cancel(false);
        }
    }

    private void pollCancel(long runId, MatchingSolver solver) {
        if (!solver.isCancelled() && Boolean.TRUE.equals(tx.execute(status -> runs.isCancelRequested(runId)))) {
            solver.cancel();
        }
    }

    /** Whether the result was stored: a cancel that arrived during the solve wins over it. */
    private boolean succeed(long runId, long cohortId, Cohort cohort, MatchingResult result) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            MatchingRunEntity run = runs.findForUpdate(runId).orElseThrow();
            if (run.isCancelRequested()) {
                run.cancel(clock.instant());
                audit.record("run.cancelled", "matching-run", runId, cohortId, null, RunView.of(run));
                return false;
            }
            run.succeed(clock.instant(), result, JSON.writeValueAsString(result));
            drafts.replaceDrafts(cohortId, runId, cohort, result);
            runs.saveAndFlush(run);
            audit.record("run.finished", "matching-run", runId, cohortId, null, RunView.of(run));
            events.publishEvent(new RunFinished(cohortId, runId, true));
            return true;
        }));
    }

    private void finishCancelled(long runId) {
        tx.executeWithoutResult(status -> {
            MatchingRunEntity run = runs.findForUpdate(runId).orElseThrow();
            run.cancel(clock.instant());
            runs.saveAndFlush(run);
            audit.record("run.cancelled", "matching-run", runId, run.getCohortId(), null, RunView.of(run));
        });
    }

    private void fail(long runId, String reason) {
        tx.executeWithoutResult(status -> {
            MatchingRunEntity run = runs.findForUpdate(runId).orElseThrow();
            run.fail(clock.instant(), reason);
            runs.saveAndFlush(run);
            audit.record("run.failed", "matching-run", runId, run.getCohortId(), null, RunView.of(run));
            events.publishEvent(new RunFinished(run.getCohortId(), runId, false));
        });
    }
}
