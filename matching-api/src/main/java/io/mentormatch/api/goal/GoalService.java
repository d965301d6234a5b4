package io.mentormatch.api.goal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.pairing.PairingDirectory;

/**
 * A pair's goals for the year, read and written by the pair alone: mentoring stays apart from assessment. The
 * director gets counts per competency ({@link #countsByCompetency}) once enough pairs have goals, and audit entries
 * that hold the goal's id only and do not name who acted: an entry naming the pair, read beside counts that moved,
 * would tell that pair's competency.
 */
@Service
public class GoalService {

    public static final int MAX_GOALS = 5;
    /** Below this many pairs with goals, counts per competency would tell one pair's goals: none are given. */
    public static final int MINIMUM_PAIRS = 3;

    private final GoalRepository goals;
    private final PairingDirectory directory;
    private final CohortService cohorts;
    private final AuditLog audit;

    GoalService(GoalRepository goals, PairingDirectory directory, CohortService cohorts, AuditLog audit) {
        this.goals = goals;
        this.directory = directory;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<GoalView> list(long cohortId, long pairingId) {
        directory.ownPairing(cohortId, pairingId);
        return goals.findByCohortIdAndPairingIdOrderById(cohortId, pairingId).stream().map(GoalView::of).toList();
    }

    /** Five at most: the pairing's row is locked first, so two members adding a sixth at once cannot both pass. */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public GoalView add(long cohortId, long pairingId, GoalRequest request) {
        directory.ownPairing(cohortId, pairingId);
        CohortEntity locked = cohorts.lockedCohort(cohortId);
        if (goals.countByCohortIdAndPairingId(locked.getId(), pairingId) >= MAX_GOALS) {
            throw new GoalLimitReached(pairingId);
        }
        GoalEntity goal = new GoalEntity(cohortId, pairingId);
        goal.set(request);
        goals.saveAndFlush(goal);
        audit.recordUnattributed("goal.added", "goal", goal.getId(), cohortId, null, GoalView.Audited.of(goal));
        return GoalView.of(goal);
    }

    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public GoalView update(long cohortId, long pairingId, long goalId, GoalRequest request) {
        directory.ownPairing(cohortId, pairingId);
        GoalEntity goal = find(cohortId, pairingId, goalId);
        GoalView.Audited before = GoalView.Audited.of(goal);
        goal.set(request);
        goals.flush();
        audit.recordUnattributed("goal.changed", "goal", goalId, cohortId, before, GoalView.Audited.of(goal));
        return GoalView.of(goal);
    }

    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public void remove(long cohortId, long pairingId, long goalId) {
        directory.ownPairing(cohortId, pairingId);
        GoalEntity goal = find(cohortId, pairingId, goalId);
        goals.delete(goal);
        audit.recordUnattributed("goal.removed", "goal", goalId, cohortId, GoalView.Audited.of(goal), null);
    }

    /**
     * Every competency with its count, zeros included, so a chart always has six bars; nothing at all while fewer
     * than {@value #MINIMUM_PAIRS} pairs have goals.
     */
    public Map<Competency, Long> countsByCompetency(long cohortId) {
        Map<Competency, Long> counts = new EnumMap<>(Competency.class);
        if (goals.countPairsWithGoals(cohortId) < MINIMUM_PAIRS) {
            return counts;
        }
        for (Competency c : Competency.values()) {
            counts.put(c, 0L);
        }
        goals.countByCompetency(cohortId).forEach(c -> counts.put(c.competency(), c.goals()));
        return counts;
    }

    private GoalEntity find(long cohortId, long pairingId, long goalId) {
        return goals.findByIdAndCohortIdAndPairingId(goalId, cohortId, pairingId)
                .orElseThrow(() -> new GoalNotFound(pairingId, goalId));
    }
}
