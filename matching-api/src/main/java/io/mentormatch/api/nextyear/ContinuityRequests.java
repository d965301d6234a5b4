package io.mentormatch.api.nextyear;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.preference.PreferencesClosed;
import io.mentormatch.api.preference.ResidentNotFound;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.PairRuleRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.core.cohort.ResidentId;

/**
 * A continuing resident asks to keep last year's mentor. The request becomes a continuity preference (that mentor
 * heads the resident's ranking), and the director sees every request and may turn one into a pin.
 */
@Service
public class ContinuityRequests {

    private final ContinuityRequestRepository requests;
    private final CohortService cohorts;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final PairRuleRepository rules;
    private final AuditLog audit;
    private final Clock clock;

    ContinuityRequests(ContinuityRequestRepository requests, CohortService cohorts, ResidentRepository residents,
                       MentorRepository mentors, PairRuleRepository rules, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Last year's mentor the resident may ask to keep, and whether they asked; empty when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForResident(#cohortId, #residentCode)")
    public Optional<ContinuityOffer> offer(long cohortId, String residentCode) {
        ResidentEntity resident = resident(cohortId, residentCode);
        return previousMentor(cohortId, resident).map(mentor -> new ContinuityOffer(mentor.getCode(), mentor.getName(),
                requests.findByCohortIdAndResidentId(cohortId, resident.getId()).isPresent()));
    }

    @Transactional
    @PreAuthorize("@access.canActForResident(#cohortId, #residentCode)")
    public ContinuityRequestView request(long cohortId, String residentCode) {
        CohortEntity cohort = cohorts.find(cohortId);
        if (cohort.getState() != CohortState.DRAFT && cohort.getState() != CohortState.OPEN_FOR_PREFERENCES) {
            throw new PreferencesClosed(cohort.getState());
        }
        ResidentEntity resident = resident(cohortId, residentCode);
        MentorEntity mentor = previousMentor(cohortId, resident).orElseThrow(() -> new NoPreviousMentor(residentCode));
        Optional<ContinuityRequestEntity> existing = requests.findByCohortIdAndResidentId(cohortId, resident.getId());
        if (existing.isPresent()) {
            return view(existing.get(), resident, mentor);
        }
        ContinuityRequestEntity request = requests.saveAndFlush(
                new ContinuityRequestEntity(cohortId, resident.getId(), mentor.getId(), clock.instant()));
        if (!resident.getAvoid().contains(mentor.getCode())) {
            List<String> ranking = new ArrayList<>(resident.getRanking());
            ranking.remove(mentor.getCode());
            ranking.add(0, mentor.getCode());
            resident.setRanking(ranking.subList(0, Math.min(ranking.size(), cohort.getMaxRankedMentors())));
        }
        ContinuityRequestView view = view(request, resident, mentor);
        audit.record("continuity.requested", "continuity_request", request.getId(), cohortId, null, view);
        return view;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ContinuityRequestView> list(long cohortId) {
        Map<Long, ResidentEntity> residentsById = byId(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getId);
        Map<Long, MentorEntity> mentorsById = byId(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getId);
        return requests.findByCohortIdOrderByRequestedAt(cohortId).stream()
                .map(r -> view(r, residentsById.get(r.getResidentId()), mentorsById.get(r.getMentorId())))
                .toList();
    }

    /** The director keeps the pair: the request becomes a pinned pair that every run keeps. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ContinuityRequestView pin(long cohortId, long requestId) {
        CohortEntity cohort = cohorts.find(cohortId);
        if (cohort.getState() == CohortState.PUBLISHED || cohort.getState() == CohortState.ARCHIVED) {
            throw new PreferencesClosed(cohort.getState());
        }
        ContinuityRequestEntity request = requests.findByIdAndCohortId(requestId, cohortId)
                .orElseThrow(() -> new ContinuityRequestNotFound(cohortId, requestId));
        ResidentEntity resident = residents.findById(request.getResidentId()).orElseThrow();
        MentorEntity mentor = mentors.findById(request.getMentorId()).orElseThrow();
        if (request.getPinnedAt() == null) {
            boolean pinnedElsewhere = rules.existsByCohortIdAndKindAndResidentId(cohortId, PairRuleKind.PINNED, resident.getId());
            if (pinnedElsewhere || !mentor.isAccepting()) {
                throw new ContinuityPinRefused(resident.getCode(), mentor.getCode(), pinnedElsewhere);
            }
            rules.save(new PairRuleEntity(cohortId, PairRuleKind.PINNED, resident.getId(), mentor.getId(),
                    "continuity request", clock.instant()));
            request.pin(clock.instant());
            audit.record("continuity.pinned", "continuity_request", requestId, cohortId, null,
                    Map.of("resident", resident.getCode(), "mentor", mentor.getCode()));
        }
        return view(request, resident, mentor);
    }

    private ResidentEntity resident(long cohortId, String residentCode) {
        return residents.findByCohortIdAndCode(cohortId, residentCode)
                .orElseThrow(() -> new ResidentNotFound(cohortId, ResidentId.of(residentCode)));
    }

    /** Last year's published mentor, carried into this cohort as a {@code previousPairs} entry. */
    private Optional<MentorEntity> previousMentor(long cohortId, ResidentEntity resident) {
        return rules.findByCohortIdAndKindAndResidentIdOrderById(cohortId, PairRuleKind.PREVIOUS, resident.getId()).stream()
                .findFirst()
                .flatMap(rule -> mentors.findById(rule.getMentorId()));
    }

    private static ContinuityRequestView view(ContinuityRequestEntity r, ResidentEntity resident, MentorEntity mentor) {
        return new ContinuityRequestView(r.getId(), resident.getCode(), resident.getName(), mentor.getCode(),
                mentor.getName(), r.getRequestedAt(), r.getPinnedAt());
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
