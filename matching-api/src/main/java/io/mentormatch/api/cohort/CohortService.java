package io.mentormatch.api.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.cohort.internal.ProgramRepository;

/** Creates cohorts, edits their settings and moves them through the lifecycle. */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final List<TransitionGuard> guards;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final AccessPolicy access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final List<PeerLayerGuard> peerLayerGuards;

    CohortService(CohortRepository cohorts, ProgramRepository programs, List<TransitionGuard> guards, AuditLog audit,
                  CurrentActor currentActor, AccessPolicy access, Clock clock, ApplicationEventPublisher events,
                  JdbcTemplate jdbc, List<PeerLayerGuard> peerLayerGuards) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.guards = guards;
        this.audit = audit;
        this.currentActor = currentActor;
        this.access = access;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.peerLayerGuards = peerLayerGuards;
    }

    @Transactional
    @PreAuthorize("@access.canManageProgram(#request.programId())")
    public CohortView create(NewCohort request) {
        if (!programs.existsById(request.programId())) {
            throw new ProgramNotFound(request.programId());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (cohorts.existsByProgramIdAndCode(request.programId(), request.code())) {
            problems.add(FieldProblem.of("code", "the program already has a cohort " + request.code()));
        }
        deadlineInFuture(request.preferenceDeadline(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCohortSettings(problems);
        }
        CohortEntity cohort = new CohortEntity(request.programId(), request.code(), clock.instant());
        cohort.setName(request.name());
        cohort.setAcademicYear(request.academicYear());
        cohort.setPreferenceDeadline(request.preferenceDeadline());
        cohort.setResponseWindowDays(Objects.requireNonNullElse(request.responseWindowDays(), CohortDefaults.RESPONSE_WINDOW_DAYS));
        cohort.setMaxRankedMentors(Objects.requireNonNullElse(request.maxRankedMentors(), CohortDefaults.MAX_RANKED));
        cohort.setRequireSameSpecialty(Boolean.TRUE.equals(request.requireSameSpecialty()));
        cohort.setPreferContinuity(Boolean.TRUE.equals(request.preferContinuity()));
        if (request.weights() != null) {
            cohort.setWeights(request.weights().toWeights());
        }
        CohortView created = CohortView.of(cohorts.saveAndFlush(cohort));
        audit.record("cohort.created", "cohort", created.id(), created.id(), null, created);
        return created;
    }

    /** The cohorts the current person may see: all for an admin, the program's for a director, their own otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<CohortView> list(Pageable pageable) {
        Actor actor = currentActor.require();
        Page<CohortEntity> page = switch (actor.role()) {
            case ADMIN -> cohorts.findAll(pageable);
            case DIRECTOR -> cohorts.findByProgramId(actor.programId(), pageable);
            case MENTOR, RESIDENT -> cohorts.findByIdIn(access.memberCohortIds(actor), pageable);
        };
        return page.map(CohortView::of);
    }

    /** Every cohort the current person may see, whole: the dashboard and the list of published cohorts show them all. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CohortView> all(Sort sort) {
        Actor actor = currentActor.require();
        List<CohortEntity> all = switch (actor.role()) {
            case ADMIN -> cohorts.findAll(sort);
            case DIRECTOR -> cohorts.findByProgramId(actor.programId(), sort);
            case MENTOR, RESIDENT -> cohorts.findByIdIn(access.memberCohortIds(actor), sort);
        };
        return all.stream().map(CohortView::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public CohortView get(long cohortId) {
        return CohortView.of(find(cohortId));
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public CohortView updateSettings(long cohortId, CohortSettings settings) {
        CohortEntity cohort = find(cohortId);
        CohortView before = CohortView.of(cohort);
        ConcurrentEdit.check("the cohort's settings", settings.version(), cohort.getVersion(), changes(before, settings));
        List<FieldProblem> problems = new ArrayList<>();
        deadlineInFuture(settings.preferenceDeadline(), cohort.getPreferenceDeadline(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidCohortSettings(problems);
        }
        cohort.setName(settings.name());
        cohort.setAcademicYear(settings.academicYear());
        cohort.setPreferenceDeadline(settings.preferenceDeadline());
        cohort.setResponseWindowDays(settings.responseWindowDays());
        cohort.setMaxRankedMentors(settings.maxRankedMentors());
        if (settings.maxPreferredResidents() != null) {
            cohort.setMaxPreferredResidents(settings.maxPreferredResidents());
        }
        cohort.setRequireSameSpecialty(settings.requireSameSpecialty());
        cohort.setPreferContinuity(settings.preferContinuity());
        cohort.setFamilySize(settings.familySize());
        cohort.setWeights(settings.weights().toWeights());
        if (settings.peerMentoring() != null) {
            if (cohort.isPeerMentoring() && !settings.peerMentoring()) {
                lockedCohort(cohortId);
                peerLayerGuards.forEach(guard -> guard.turningOff(cohort));
            }
            cohort.setPeerMentoring(settings.peerMentoring());
        }
        if (settings.peerWeights() != null) {
            cohort.setPeerWeights(settings.peerWeights().toWeights());
        }
        if (settings.reproposeDeclines() != null) {
            cohort.setReproposeDeclines(settings.reproposeDeclines());
        }
        CohortView after = CohortView.of(cohorts.saveAndFlush(cohort));
        audit.record("cohort.settings-changed", "cohort", cohortId, cohortId, before, after);
        return after;
    }

    /**
     * The director's lifecycle moves. Proposing and publishing have their own use cases (sending proposals,
     * publishing with or without override), so they are refused here with a pointer to them.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public CohortView transition(long cohortId, CohortState target) {
        CohortEntity cohort = lockedCohort(cohortId);
        if (target == CohortState.PROPOSED) {
            throw new IllegalCohortTransition(cohort.getState(), target, "a cohort becomes PROPOSED when its proposals are sent");
        }
        if (target == CohortState.PUBLISHED) {
            throw new IllegalCohortTransition(cohort.getState(), target, "publish the cohort's pairings instead");
        }
        return move(cohort, target);
    }

    /**
     * Moves the cohort for another use case (sending proposals, publishing), which has checked its own rights
     * and preconditions; the lifecycle order and every {@link TransitionGuard} still apply.
     */
    @Transactional
    public CohortView advance(long cohortId, CohortState target) {
        return move(lockedCohort(cohortId), target);
    }

    /** The cohort row, locked until the end of the caller's transaction. */
    @Transactional
    public CohortEntity lockedCohort(long cohortId) {
        return cohorts.findForUpdate(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
    }

    /**
     * The cohort row, share-locked until the end of the caller's transaction, for a use case that runs many times
     * at once and must not overlap a director's change of the cohort (a preference form save checks the state and
     * the deadline): such saves do not wait for each other, a change of the cohort waits for those in flight, and
     * later saves wait for it.
     */
    @Transactional
    public CohortEntity sharedCohort(long cohortId) {
        return cohorts.findForShare(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
    }

    /**
     * What the cohort's data looks like now, for {@link CohortCache}: one primary-key read, in the caller's
     * transaction if there is one, else on its own without one (a single statement needs none, and a cached read
     * then costs one round trip to the database).
     */
    public CohortStamp stamp(long cohortId) {
        return DataAccessUtils.optionalResult(jdbc.query("""
                select c.version, c.data_version,
                       (select coalesce(sum(s.saves), 0) from cohort_form_saves s where s.cohort_id = c.id), p.version
                from cohort c join program p on p.id = c.program_id
                where c.id = ?""", (row, n) -> new CohortStamp(row.getLong(1), row.getLong(2), row.getLong(3),
                row.getLong(4)), cohortId))
                .orElseThrow(() -> new CohortNotFound(cohortId));
    }

    @Transactional(readOnly = true)
    public CohortEntity find(long cohortId) {
        return cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
    }

    private CohortView move(CohortEntity cohort, CohortState target) {
        CohortState from = cohort.getState();
        if (!from.canMoveTo(target)) {
            throw new IllegalCohortTransition(from, target, from.next()
                    .map(next -> "from " + from + " the only next stage is " + next)
                    .orElse(from + " is the last stage"));
        }
        for (TransitionGuard guard : guards) {
            Optional<String> objection = guard.objection(cohort, target);
            if (objection.isPresent()) {
                throw new IllegalCohortTransition(from, target, objection.get());
            }
        }
        if (target == CohortState.OPEN_FOR_PREFERENCES) {
            openForPreferences(cohort);
        }
        if (from == CohortState.OPEN_FOR_PREFERENCES) {
            cohort.closePreferences(clock.instant());
        }
        cohort.setState(target);
        CohortView after = CohortView.of(cohorts.saveAndFlush(cohort));
        audit.record("cohort.moved-to-" + target.name().toLowerCase(Locale.ROOT), "cohort", cohort.getId(),
                cohort.getId(), Map.of("state", from), Map.of("state", target));
        events.publishEvent(new CohortMoved(cohort.getId(), from, target));
        return after;
    }

    private void openForPreferences(CohortEntity cohort) {
        if (cohort.getPreferenceDeadline() == null) {
            throw new IllegalCohortTransition(cohort.getState(), CohortState.OPEN_FOR_PREFERENCES,
                    "set a preference deadline first");
        }
        if (!cohort.getPreferenceDeadline().isAfter(clock.instant())) {
            throw new IllegalCohortTransition(cohort.getState(), CohortState.OPEN_FOR_PREFERENCES,
                    "the preference deadline " + cohort.getPreferenceDeadline() + " has passed");
        }
    }

    /** A deadline may stay as it is, but a new one must lie ahead. */
    private void deadlineInFuture(Instant deadline, Instant current, List<FieldProblem> problems) {
        if (deadline != null && !deadline.equals(current) && !deadline.isAfter(clock.instant())) {
            problems.add(FieldProblem.of("preferenceDeadline", "must be in the future"));
        }
    }

    private static List<ConcurrentEdit.Change> changes(CohortView current, CohortSettings yours) {
        List<ConcurrentEdit.Change> changes = new ArrayList<>();
        change(changes, "name", yours.name(), current.name());
        change(changes, "academicYear", yours.academicYear(), current.academicYear());
        change(changes, "preferenceDeadline", yours.preferenceDeadline(), current.preferenceDeadline());
        change(changes, "responseWindowDays", yours.responseWindowDays(), current.responseWindowDays());
        change(changes, "maxRankedMentors", yours.maxRankedMentors(), current.maxRankedMentors());
        if (yours.maxPreferredResidents() != null) {
            change(changes, "maxPreferredResidents", yours.maxPreferredResidents(), current.maxPreferredResidents());
        }
        change(changes, "requireSameSpecialty", yours.requireSameSpecialty(), current.requireSameSpecialty());
        change(changes, "preferContinuity", yours.preferContinuity(), current.preferContinuity());
        change(changes, "familySize", yours.familySize(), current.familySize());
        change(changes, "weights", yours.weights(), current.weights());
        if (yours.peerMentoring() != null) {
            change(changes, "peerMentoring", yours.peerMentoring(), current.peerMentoring());
        }
        if (yours.peerWeights() != null) {
            change(changes, "peerWeights", yours.peerWeights(), current.peerWeights());
        }
        return changes;
    }

    private static void change(List<ConcurrentEdit.Change> changes, String field, Object yours, Object current) {
        if (!Objects.equals(yours, current)) {
            changes.add(new ConcurrentEdit.Change(field, yours, current));
        }
    }
}
