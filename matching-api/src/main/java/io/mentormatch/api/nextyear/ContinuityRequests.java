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
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.PairRules;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.ResidentId;

/**
 * A continuing resident asks to keep last year's mentor. The request becomes a continuity preference (that mentor
 * heads the resident's ranking), and the director sees every request and may turn one into a pin.
 */
@Service
public class ContinuityRequests {

    private final ContinuityRequestRepository requests;
    private final CohortService cohorts;
    private final Roster roster;
    private final PairRules rules;
    private final AuditLog audit;
    private final Clock clock;

    ContinuityRequests(ContinuityRequestRepository requests, CohortService cohorts, Roster roster, PairRules rules,
                       AuditLog audit, Clock clock) {
        this.requests = requests;
        this.cohorts = cohorts;
        this.roster = roster;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Last year's mentor the resident may ask to keep, and whether they asked; empty when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForResident(#cohortId, #residentCode)")
    public Optional<ContinuityOffer> offer(long cohortId, String residentCode) {
        ResidentView resident = resident(cohortId, residentCode);
        return previousMentor(cohortId, resident).map(mentor -> new ContinuityOffer(mentor.code(), mentor.name(),
                requests.findByCohortIdAndResidentId(cohortId, resident.id()).isPresent()));
    }

    @Transactional
    @PreAuthorize("@access.canActForResident(#cohortId, #residentCode)")
    public ContinuityRequestView request(long cohortId, String residentCode) {
        CohortEntity cohort = cohorts.find(cohortId);
        if (cohort.getState() != CohortState.DRAFT && cohort.getState() != CohortState.OPEN_FOR_PREFERENCES) {
            throw new PreferencesClosed(cohort.getState());
        }
        ResidentView resident = resident(cohortId, residentCode);
        MentorView mentor = previousMentor(cohortId, resident).orElseThrow(() -> new NoPreviousMentor(residentCode));
        Optional<ContinuityRequestEntity> existing = requests.findByCohortIdAndResidentId(cohortId, resident.id());
        if (existing.isPresent()) {
            return view(existing.get(), resident, mentor);
        }
        ContinuityRequestEntity request = requests.saveAndFlush(
                new ContinuityRequestEntity(cohortId, resident.id(), mentor.id(), clock.instant()));
        if (!resident.avoid().contains(mentor.code())) {
            List<String> ranking = new ArrayList<>(resident.ranking());
            ranking.remove(mentor.code());
            ranking.add(0, mentor.code());
            roster.rank(resident.id(), ranking.subList(0, Math.min(ranking.size(), cohort.getMaxRankedMentors())));
        }
        ContinuityRequestView view = view(request, resident, mentor);
        audit.record("continuity.requested", "continuity_request", request.getId(), cohortId, null, view);
        return view;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ContinuityRequestView> list(long cohortId) {
        Map<Long, ResidentView> residentsById = byId(roster.residentsOf(cohortId), ResidentView::id);
        Map<Long, MentorView> mentorsById = byId(roster.mentorsOf(cohortId), MentorView::id);
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
        ResidentView resident = roster.resident(request.getResidentId()).orElseThrow();
        MentorView mentor = roster.mentor(request.getMentorId()).orElseThrow();
        if (request.getPinnedAt() == null) {
            boolean pinnedElsewhere = rules.existsForResident(cohortId, PairRuleKind.PINNED, resident.id());
            if (pinnedElsewhere || !mentor.accepting()) {
                throw new ContinuityPinRefused(resident.code(), mentor.code(), pinnedElsewhere);
            }
            rules.add(cohortId, PairRuleKind.PINNED, resident.id(), mentor.id(), "continuity request", clock.instant());
            request.pin(clock.instant());
            audit.record("continuity.pinned", "continuity_request", requestId, cohortId, null,
                    Map.of("resident", resident.code(), "mentor", mentor.code()));
        }
        return view(request, resident, mentor);
    }

    private ResidentView resident(long cohortId, String residentCode) {
        return roster.resident(cohortId, residentCode)
                .orElseThrow(() -> new ResidentNotFound(cohortId, ResidentId.of(residentCode)));
    }

    /** Last year's published mentor, carried into this cohort as a {@code previousPairs} entry. */
    private Optional<MentorView> previousMentor(long cohortId, ResidentView resident) {
        return rules.firstMentorOf(cohortId, PairRuleKind.PREVIOUS, resident.id()).flatMap(roster::mentor);
    }

    private static ContinuityRequestView view(ContinuityRequestEntity r, ResidentView resident, MentorView mentor) {
        return new ContinuityRequestView(r.getId(), resident.code(), resident.name(), mentor.code(),
                mentor.name(), r.getRequestedAt(), r.getPinnedAt());
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
