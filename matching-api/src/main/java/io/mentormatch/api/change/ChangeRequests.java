package io.mentormatch.api.change;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.change.internal.ChangeRequestEntity;
import io.mentormatch.api.change.internal.ChangeRequestRepository;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.roster.Roster;

/**
 * A resident or a mentor of a published pairing asks for a change of mentor, with a reason only the director
 * reads; the director lists the requests. A request is confidential until decided: the other member's pages and
 * answers are exactly those of a pairing without one, and the other member's own request is taken as its own. One
 * open request per member: the same member asking again is refused (409).
 */
@Service
public class ChangeRequests {

    private final ChangeRequestRepository requests;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final CohortService cohorts;
    private final ChangeRequestViews views;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRequests(ChangeRequestRepository requests, ProposalRepository proposals, Roster roster,
                   CohortService cohorts, ChangeRequestViews views, AccessPolicy access, CurrentActor actor, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.proposals = proposals;
        this.roster = roster;
        this.cohorts = cohorts;
        this.views = views;
        this.access = access;
        this.actor = actor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The caller, the pairing's resident or mentor, asks for a change.
     *
     * @throws PairingNotFound        when the cohort has no such published pairing (404)
     * @throws AccessDeniedException  when the caller is not a member of the pairing (403)
     * @throws ChangeAlreadyRequested when the caller already has an open request for the pairing (409)
     */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public ChangeRequestView request(long cohortId, long pairingId, NewChangeRequest request) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity pairing = publishedPairing(cohort, pairingId);
        RequesterRole role = role(cohortId, pairing);
        if (requests.existsByPairingIdAndStatusAndRequesterRole(pairingId, ChangeRequestStatus.OPEN, role)) {
            throw new ChangeAlreadyRequested(pairingId);
        }
        ChangeRequestEntity saved = requests.saveAndFlush(new ChangeRequestEntity(cohortId, pairingId, actor.name(),
                role, request.reason().strip(), clock.instant()));
        ChangeRequestView view = views.view(saved);
        audit.record("change-request.opened", "change_request", saved.getId(), cohortId, null, view);
        events.publishEvent(new ChangeRequestEvents.Requested(cohortId, saved.getId(), pairingId));
        return view;
    }

    /**
     * The caller's own published pairing, before they ask for a change; 403 for anyone outside the pairing. Whether
     * a request waits is about the caller's own request only: the other member's stays unseen until decided.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public ChangeablePairing pairing(long cohortId, long pairingId) {
        ProposalEntity pairing = publishedPairing(cohorts.find(cohortId), pairingId);
        RequesterRole role = role(cohortId, pairing);
        return new ChangeablePairing(cohortId, pairingId,
                roster.resident(pairing.getResidentId()).orElseThrow().name(),
                roster.mentor(pairing.getMentorId()).orElseThrow().name(),
                requests.existsByPairingIdAndStatusAndRequesterRole(pairingId, ChangeRequestStatus.OPEN, role));
    }

    /** The cohort's change requests, oldest first, with their reasons: for the director. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ChangeRequestView> list(long cohortId, ChangeRequestFilter filter) {
        cohorts.find(cohortId);
        return views.views(switch (filter) {
            case OPEN -> requests.findByCohortIdAndStatusOrderByRequestedAtAscIdAsc(cohortId, ChangeRequestStatus.OPEN);
            case DECIDED -> requests.findByCohortIdAndStatusNotOrderByRequestedAtAscIdAsc(cohortId,
                    ChangeRequestStatus.OPEN);
            case ALL -> requests.findByCohortIdOrderByRequestedAtAscIdAsc(cohortId);
        });
    }

    /** The open requests of the cohort, oldest first, e.g. for a health dashboard. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ChangeRequestView> open(long cohortId) {
        return list(cohortId, ChangeRequestFilter.OPEN);
    }

    /** How many requests of the cohort wait for the director; one count query. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public long openCount(long cohortId) {
        return requests.countByCohortIdAndStatus(cohortId, ChangeRequestStatus.OPEN);
    }

    /** A current pairing of a published cohort: sent, not superseded, not ended, not declined. */
    private ProposalEntity publishedPairing(CohortEntity cohort, long pairingId) {
        return proposals.findByIdAndCohortId(pairingId, cohort.getId())
                .filter(p -> cohort.getState() == CohortState.PUBLISHED && p.isLive() && p.isSent())
                .orElseThrow(() -> new PairingNotFound(cohort.getId(), "pairing " + pairingId));
    }

    private RequesterRole role(long cohortId, ProposalEntity pairing) {
        if (access.isResident(cohortId, roster.resident(pairing.getResidentId()).orElseThrow().code())) {
            return RequesterRole.RESIDENT;
        }
        if (access.isMentor(cohortId, roster.mentor(pairing.getMentorId()).orElseThrow().code())) {
            return RequesterRole.MENTOR;
        }
        throw new AccessDeniedException("only the pairing's resident or mentor may ask for a change");
    }
}
