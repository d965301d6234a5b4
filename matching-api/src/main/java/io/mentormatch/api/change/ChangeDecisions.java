package io.mentormatch.api.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.MentorNotInCohort;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.Rematch;
import io.mentormatch.api.proposal.RematchOption;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.system.CurrentActor;

/**
 * The director decides a change request: the engine's re-match suggests new mentors ({@link Rematch#options}),
 * each with its explanation; approving ends the old pairing (its row and history stay) and starts a new, accepted
 * pairing with the chosen mentor, whose cadence runs from today. Declining needs a reason.
 */
@Service
public class ChangeDecisions {

    /** The director chooses among this many suggestions; more would not be read. */
    public static final int SUGGESTIONS = 5;

    private final ChangeRequestRepository requests;
    private final ProposalRepository proposals;
    private final MentorRepository mentors;
    private final CohortService cohorts;
    private final Rematch rematch;
    private final ChangeRequestViews views;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeDecisions(ChangeRequestRepository requests, ProposalRepository proposals, MentorRepository mentors,
                    CohortService cohorts, Rematch rematch, ChangeRequestViews views, CurrentActor actor,
                    AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.proposals = proposals;
        this.mentors = mentors;
        this.cohorts = cohorts;
        this.rematch = rematch;
        this.views = views;
        this.actor = actor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The engine's best new mentors for the request's resident, best first; never the mentor being left. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<RematchOption> options(long cohortId, long requestId) {
        return suggestions(cohortId, find(cohortId, requestId));
    }

    private List<RematchOption> suggestions(long cohortId, ChangeRequestEntity request) {
        ProposalEntity pairing = proposals.findById(request.getPairingId()).orElseThrow();
        return rematch.options(cohortId, pairing.getResidentId(), Set.of(pairing.getMentorId()), SUGGESTIONS);
    }

    /** Every open request of the cohort with its suggestions, oldest first: the director's review page. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ChangeRequestReview> review(long cohortId) {
        cohorts.find(cohortId);
        List<ChangeRequestEntity> open = requests.findByCohortIdAndStatusOrderByRequestedAtAscIdAsc(cohortId,
                ChangeRequestStatus.OPEN);
        List<ChangeRequestView> shown = views.views(open);
        return IntStream.range(0, open.size()).mapToObj(i -> new ChangeRequestReview(shown.get(i),
                suggestions(cohortId, open.get(i)))).toList();
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangeRequestView decide(long cohortId, long requestId, ChangeDecision decision) {
        if (!decision.problems().isEmpty()) {
            throw new InvalidChangeDecision(decision.problems());
        }
        cohorts.lockedCohort(cohortId);
        ChangeRequestEntity request = find(cohortId, requestId);
        if (request.getStatus() != ChangeRequestStatus.OPEN) {
            throw new ChangeRequestDecided(requestId, request.getStatus());
        }
        ChangeRequestView before = views.view(request);
        Instant now = clock.instant();
        if (decision.approve()) {
            ProposalEntity started = replace(cohortId, request, decision.mentor().strip(), now);
            request.approve(actor.name(), now, started.getId());
        } else {
            request.decline(actor.name(), now, decision.reason().strip());
        }
        ChangeRequestView after = views.view(requests.saveAndFlush(request));
        audit.record(decision.approve() ? "change-request.approved" : "change-request.declined", "change_request",
                requestId, cohortId, before, after);
        events.publishEvent(new ChangeRequestEvents.Decided(cohortId, requestId, decision.approve()));
        return after;
    }

    /** Ends the request's pairing and starts the new one with the chosen mentor, who must be a suggestion. */
    private ProposalEntity replace(long cohortId, ChangeRequestEntity request, String mentorCode, Instant now) {
        ProposalEntity old = proposals.findById(request.getPairingId()).filter(ProposalEntity::isLive)
                .orElseThrow(() -> new PairingNotFound(cohortId, "pairing " + request.getPairingId()));
        MentorEntity mentor = mentors.findByCohortIdAndCode(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        RematchOption chosen = rematch.options(cohortId, old.getResidentId(), Set.of(old.getMentorId()),
                        Integer.MAX_VALUE).stream()
                .filter(o -> o.mentorId() == mentor.getId()).findFirst()
                .orElseThrow(() -> new MentorNotSuggested(mentorCode));
        old.end(now);
        proposals.saveAndFlush(old);
        ProposalEntity started = proposals.saveAndFlush(ProposalEntity.startedAfterPublication(old, chosen.mentorId(),
                chosen.pairScore(), chosen.reasons(), "change of mentor " + request.getId() + " approved",
                actor.name(), now));
        audit.record("pairing.ended", "proposal", old.getId(), cohortId, null,
                Map.of("endedAt", now, "changeRequest", request.getId()));
        audit.record("pairing.started", "proposal", started.getId(), cohortId, null,
                Map.of("startedAt", now, "mentor", mentorCode, "pairScore", chosen.pairScore(),
                        "changeRequest", request.getId()));
        return started;
    }

    private ChangeRequestEntity find(long cohortId, long requestId) {
        return requests.findByIdAndCohortId(requestId, cohortId)
                .orElseThrow(() -> new ChangeRequestNotFound(cohortId, requestId));
    }
}
