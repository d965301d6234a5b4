package io.mentormatch.api.run;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.roster.MentorSummary;
import io.mentormatch.api.roster.ResidentSummary;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingResult;

/** Starts, lists, reads and cancels a cohort's matching runs; the runs themselves execute as Quartz jobs. */
@Service
public class RunService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MatchingRunRepository runs;
    private final CohortService cohorts;
    private final RunScheduler scheduler;
    private final RunExecutor executor;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final RosterService rosters;
    private final Clock clock;

    RunService(MatchingRunRepository runs, CohortService cohorts, RunScheduler scheduler, RunExecutor executor,
               AuditLog audit, CurrentActor actor, RosterService rosters, Clock clock) {
        this.runs = runs;
        this.cohorts = cohorts;
        this.scheduler = scheduler;
        this.executor = executor;
        this.audit = audit;
        this.actor = actor;
        this.rosters = rosters;
        this.clock = clock;
    }

    /**
     * Queues a run. The cohort row is locked, and the run row claims the cohort's unique "active run" slot, so
     * two directors starting runs at once on two instances get one run and one 409.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RunView start(long cohortId, StartRun request) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (runs.existsByActiveCohortId(cohortId)) {
            throw new RunAlreadyActive(cohortId);
        }
        if (cohort.getState() == CohortState.OPEN_FOR_PREFERENCES) {
            cohorts.advance(cohortId, CohortState.MATCHING);
        } else if (cohort.getState() != CohortState.MATCHING) {
            throw new CohortLocked(cohort.getState(), "starting a matching run");
        }
        MatchingRunEntity run;
        try {
            run = runs.saveAndFlush(new MatchingRunEntity(cohortId, request.runMode(), request.timeLimitSeconds(),
                    actor.name(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new RunAlreadyActive(cohortId);
        }
        scheduler.schedule(run.getId());
        RunView view = RunView.of(run);
        audit.record("run.started", "matching-run", run.getId(), cohortId, null, view);
        return view;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public Page<RunView> list(long cohortId, Pageable pageable) {
        cohorts.find(cohortId);
        return runs.findByCohortId(cohortId, pageable).map(RunView::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RunView get(long cohortId, long runId) {
        return RunView.of(find(cohortId, runId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RunResult result(long cohortId, long runId) {
        MatchingRunEntity run = find(cohortId, runId);
        if (run.getStatus() != RunStatus.SUCCEEDED) {
            throw new RunHasNoResult(runId, run.getStatus());
        }
        MatchingResult result = JSON.readValue(run.getResultJson(), MatchingResult.class);
        DirectorReasons words = new DirectorReasons(
                rosters.residents(cohortId).stream().collect(Collectors.toMap(ResidentSummary::code, ResidentSummary::name)),
                rosters.mentors(cohortId).stream().collect(Collectors.toMap(MentorSummary::code, MentorSummary::name)));
        return new RunResult(RunView.of(run), result.bound(), result.blockingPairs(), result.choiceProfile(),
                ResultWords.choices(result.choiceProfile()), words.of(result.assignments()), result.unassigned(),
                words.of(result.peerLayer()), result.integrity());
    }

    /**
     * The run's integrity report (docs/matching-model.md, "The integrity report"): stored with its result, or, for a
     * result stored before the report existed, audited now against the cohort as it is.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public IntegrityReport integrity(long cohortId, long runId) {
        MatchingRunEntity run = find(cohortId, runId);
        if (run.getStatus() != RunStatus.SUCCEEDED) {
            throw new RunHasNoResult(runId, run.getStatus());
        }
        MatchingResult result = JSON.readValue(run.getResultJson(), MatchingResult.class);
        return result.integrity() != null ? result.integrity() : executor.auditNow(cohortId, run.getMode(), result);
    }

    /**
     * A queued run is cancelled at once and leaves the queue; a running one is asked to stop: the flag in its row
     * reaches the instance solving it, wherever that is, and this instance stops it at once if it is here.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RunView cancel(long cohortId, long runId) {
        find(cohortId, runId);
        MatchingRunEntity run = runs.findForUpdate(runId).orElseThrow(() -> new RunNotFound(cohortId, runId));
        if (!run.getStatus().isActive()) {
            throw new RunAlreadyFinished(runId, run.getStatus());
        }
        RunView before = RunView.of(run);
        if (run.getStatus() == RunStatus.QUEUED) {
            run.cancel(clock.instant());
            scheduler.unschedule(runId);
        } else {
            run.requestCancel();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.cancelLocally(runId);
                }
            });
        }
        RunView after = RunView.of(runs.saveAndFlush(run));
        audit.record(run.getStatus() == RunStatus.CANCELLED ? "run.cancelled" : "run.cancel-requested",
                "matching-run", runId, cohortId, before, after);
        return after;
    }

    /** The run as it is in the database now, for the event stream, which has checked access when it opened. */
    @Transactional(readOnly = true)
    RunView current(long runId) {
        return runs.findById(runId).map(RunView::of).orElseThrow();
    }

    private MatchingRunEntity find(long cohortId, long runId) {
        cohorts.find(cohortId);
        return runs.findByIdAndCohortId(runId, cohortId).orElseThrow(() -> new RunNotFound(cohortId, runId));
    }
}
