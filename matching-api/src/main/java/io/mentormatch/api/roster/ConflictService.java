package io.mentormatch.api.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;

/** Conflicts of interest a director declares between a resident and a mentor: a hard ban for the matching. */
@Service
public class ConflictService {

    private final CohortService cohorts;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final PairRuleRepository pairRules;
    private final AuditLog audit;
    private final Clock clock;

    ConflictService(CohortService cohorts, ResidentRepository residents, MentorRepository mentors,
                    PairRuleRepository pairRules, AuditLog audit, Clock clock) {
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
        this.pairRules = pairRules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ConflictOfInterest> conflicts(long cohortId) {
        cohorts.find(cohortId);
        Map<Long, String> residentCodes = new HashMap<>();
        residents.findByCohortIdOrderByCode(cohortId).forEach(r -> residentCodes.put(r.getId(), r.getCode()));
        Map<Long, String> mentorCodes = new HashMap<>();
        mentors.findByCohortIdOrderByCode(cohortId).forEach(m -> mentorCodes.put(m.getId(), m.getCode()));
        return pairRules.findByCohortIdAndKind(cohortId, PairRuleKind.CONFLICT).stream()
                .map(rule -> new ConflictOfInterest(residentCodes.get(rule.getResidentId()),
                        mentorCodes.get(rule.getMentorId()), rule.getReason()))
                .toList();
    }

    /** Declaring the same conflict twice keeps one; the first reason stays. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ConflictOfInterest declare(long cohortId, ConflictOfInterest conflict) {
        editable(cohortId);
        Pair pair = pair(cohortId, conflict.residentId(), conflict.mentorId());
        if (!pairRules.existsByKindAndResidentIdAndMentorId(PairRuleKind.CONFLICT, pair.resident(), pair.mentor())) {
            pairRules.saveAndFlush(new PairRuleEntity(cohortId, PairRuleKind.CONFLICT, pair.resident(), pair.mentor(),
                    conflict.reason(), clock.instant()));
            audit.record("conflict.declared", "resident", conflict.residentId(), cohortId, null, conflict);
        }
        return conflict;
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public void withdraw(long cohortId, String residentId, String mentorId) {
        editable(cohortId);
        Pair pair = pair(cohortId, residentId, mentorId);
        if (!pairRules.existsByKindAndResidentIdAndMentorId(PairRuleKind.CONFLICT, pair.resident(), pair.mentor())) {
            throw new ConflictNotFound(cohortId, residentId, mentorId);
        }
        pairRules.deleteByKindAndResidentIdAndMentorId(PairRuleKind.CONFLICT, pair.resident(), pair.mentor());
        audit.record("conflict.withdrawn", "resident", residentId, cohortId,
                Map.of("residentId", residentId, "mentorId", mentorId), null);
    }

    private void editable(long cohortId) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (!cohort.getState().rosterEditable()) {
            throw new CohortLocked(cohort.getState(), "changing conflicts of interest");
        }
    }

    private record Pair(long resident, long mentor) {
    }

    private Pair pair(long cohortId, String residentId, String mentorId) {
        Optional<ResidentEntity> resident = residents.findByCohortIdAndCode(cohortId, residentId);
        Optional<MentorEntity> mentor = mentors.findByCohortIdAndCode(cohortId, mentorId);
        List<FieldProblem> problems = new ArrayList<>();
        if (resident.isEmpty()) {
            problems.add(FieldProblem.of("residentId", "the cohort has no resident " + residentId));
        }
        if (mentor.isEmpty()) {
            problems.add(FieldProblem.of("mentorId", "the cohort has no mentor " + mentorId));
        }
        if (!problems.isEmpty()) {
            throw new UnknownPairMember(problems);
        }
        return new Pair(resident.get().getId(), mentor.get().getId());
    }
}
