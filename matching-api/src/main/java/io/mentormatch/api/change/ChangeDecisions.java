package io.mentormatch.api.change;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.change.internal.ChangeRequestEntity;
import io.mentormatch.api.change.internal.ChangeRequestRepository;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.MentorNotInCohort;
import io.mentormatch.api.proposal.MinimalChange;
import io.mentormatch.api.proposal.MinimalChangePreview;
import io.mentormatch.api.proposal.NoNewMentorFound;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalEvents;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.Rematch;
import io.mentormatch.api.proposal.RematchOption;
import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.api.proposal.RematchPreviewStale;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;

/**
 * The director decides a change request: the engine's re-match suggests new mentors ({@link Rematch#options}),
 * each with its explanation; approving ends the old pairing (its row and history stay) and starts a new pairing with
 * the chosen mentor, whose cadence runs from today: a proposal the new mentor accepts or declines. Instead of choosing a mentor, the director may let
 * up to k other residents move ({@link MinimalChangePreview}): approving then applies the previewed moves, each an
 * ended and a new pairing, in the same transaction. Declining needs a reason.
 */
@Service
public class ChangeDecisions {

    /** The director chooses among this many suggestions; more would not be read. */
    public static final int SUGGESTIONS = 5;

    private final ChangeRequestRepository requests;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final CohortService cohorts;
    private final Rematch rematch;
    private final MinimalChangePreview minimalChange;
    private final ChangeRequestViews views;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeDecisions(ChangeRequestRepository requests, ProposalRepository proposals, Roster roster,
                    CohortService cohorts, Rematch rematch, MinimalChangePreview minimalChange,
                    ChangeRequestViews views, CurrentActor actor, AuditLog audit, ApplicationEventPublisher events,
                    Clock clock) {
        this.requests = requests;
        this.proposals = proposals;
        this.roster = roster;
        this.cohorts = cohorts;
        this.rematch = rematch;
        this.minimalChange = minimalChange;
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

    /**
     * Who would move if the request's resident gets a new mentor (never the one being left) and up to {@code k}
     * other residents may change mentor; accepted pairings stay unless their resident is in {@code allowAccepted}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RematchPreview rematchPreview(long cohortId, long requestId, int k, Collection<String> allowAccepted) {
        ChangeRequestEntity request = open(find(cohortId, requestId));
        return preview(cohortId, livePairing(cohortId, request), k, allowAccepted);
    }

    private RematchPreview preview(long cohortId, ProposalEntity pairing, int k, Collection<String> allowAccepted) {
        return minimalChange.preview(cohortId, Map.of(pairing.getResidentId(), Set.of(pairing.getMentorId())), k,
                allowAccepted, layerOf(cohortId, pairing));
    }

    /** In the director's words: only a director decides a change request. */
    private List<RematchOption> suggestions(long cohortId, ChangeRequestEntity request) {
        ProposalEntity pairing = proposals.findById(request.getPairingId()).orElseThrow();
        String residentName = roster.resident(pairing.getResidentId()).orElseThrow().name();
        return rematch.options(cohortId, pairing.getResidentId(), layerOf(cohortId, pairing),
                Set.of(pairing.getMentorId()), SUGGESTIONS).stream().map(o -> o.forDirector(residentName)).toList();
    }

    /** A new mentor comes from the layer of the pairing that changes: a peer mentor is replaced by a peer mentor. */
    Layer layerOf(long cohortId, ProposalEntity pairing) {
        return cohorts.find(cohortId).layerOf(roster.mentor(pairing.getMentorId()).orElseThrow().kind());
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangeRequestView decide(long cohortId, long requestId, ChangeDecision decision) {
        if (!decision.problems().isEmpty()) {
            throw new InvalidChangeDecision(decision.problems());
        }
        cohorts.lockedCohort(cohortId);
        ChangeRequestEntity request = open(find(cohortId, requestId));
        ChangeRequestView before = views.view(request);
        Instant now = clock.instant();
        if (decision.approve()) {
            ProposalEntity started = decision.minimalChange() != null
                    ? applyMoves(cohortId, request, decision.minimalChange(), now)
                    : replace(cohortId, request, decision.mentor().strip(), now);
            request.approve(actor.name(), now, started.getId());
        } else {
            request.decline(actor.name(), now, decision.reason().strip());
        }
        ChangeRequestView after = views.view(requests.saveAndFlush(request));
        audit.record(decision.approve() ? "change-request.approved" : "change-request.declined", "change_request",
                requestId, cohortId, before, after);
        events.publishEvent(new ChangeRequestEvents.Decided(cohortId, requestId, decision.approve(),
                request.getPairingId(), request.getRequesterRole(), request.getNewPairingId()));
        if (decision.approve()) {
            alsoApproved(cohortId, request, now);
        }
        return after;
    }

    /**
     * Both members may have asked, each unaware of the other: the change one request brought about answers the other
     * too, which is approved with the same new pairing. No second event: the approval's mail already reaches both
     * members and the new mentor.
     */
    private void alsoApproved(long cohortId, ChangeRequestEntity decided, Instant now) {
        for (ChangeRequestEntity other : requests.findByPairingIdAndStatus(decided.getPairingId(), ChangeRequestStatus.OPEN)) {
            ChangeRequestView before = views.view(other);
            other.approve(actor.name(), now, decided.getNewPairingId());
            audit.record("change-request.approved", "change_request", other.getId(), cohortId, before,
                    views.view(requests.saveAndFlush(other)));
        }
    }

    /**
     * Ends the request's pairing and starts the new one with the chosen mentor: any compatible mentor with a free
     * seat, not only the first suggestions.
     */
    private ProposalEntity replace(long cohortId, ChangeRequestEntity request, String mentorCode, Instant now) {
        ProposalEntity old = livePairing(cohortId, request);
        MentorView mentor = roster.mentor(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        RematchOption chosen = rematch.options(cohortId, old.getResidentId(), layerOf(cohortId, old),
                        Set.of(old.getMentorId()), Integer.MAX_VALUE).stream()
                .filter(o -> o.mentorId() == mentor.id()).findFirst()
                .orElseThrow(() -> new MentorNotSuggested(mentor.name()));
        return switchMentor(cohortId, request, old, old.getResidentId(), chosen.mentorId(), mentorCode,
                chosen.pairScore(), chosen.reasons(), now);
    }

    /**
     * Recomputes the preview under the cohort's lock (so it is the one that holds now), refuses it when the caller
     * saw other pairings, and applies every move; a failure rolls all of them back.
     */
    private ProposalEntity applyMoves(long cohortId, ChangeRequestEntity request, MinimalChange asked, Instant now) {
        ProposalEntity old = livePairing(cohortId, request);
        RematchPreview preview = preview(cohortId, old, asked.moves(), asked.allowed());
        if (asked.stamp() != null && !asked.stamp().equals(preview.stamp())) {
            throw new RematchPreviewStale(preview);
        }
        RematchPreview.Move needed = preview.moves().get(0);
        if (needed.toMentorId() == null) {
            throw new NoNewMentorFound(needed.residentName());
        }
        Map<Long, ProposalEntity> ended = new HashMap<>();
        preview.moves().stream().filter(m -> m.pairingId() != null)
                .forEach(m -> ended.put(m.pairingId(), endPairing(cohortId, m.pairingId(), request, now)));
        ProposalEntity started = null;
        for (RematchPreview.Move move : preview.moves()) {
            ProposalEntity from = move.pairingId() == null ? null : ended.get(move.pairingId());
            ProposalEntity begun = switchMentor(cohortId, request, from, move.residentId(), move.toMentorId(),
                    move.toMentor(), move.scoreAfter(), move.reasons(), now);
            if (move.needed()) {
                started = begun;
            } else {
                events.publishEvent(new ChangeRequestEvents.OtherMoved(cohortId, request.getId(), move.pairingId(),
                        begun.getId()));
            }
        }
        audit.record("change-request.moves-applied", "change_request", request.getId(), cohortId, null,
                Map.of("k", preview.k(), "allowAccepted", preview.allowAccepted(), "moves", preview.moves().size(),
                        "othersMoved", preview.othersMoved(), "pairScoreChange", preview.pairScoreChange(),
                        "optimal", preview.optimal()));
        return started;
    }

    /**
     * Ends the resident's pairing (when {@code old} is not null and still live) and starts the new one, audited both.
     * The new pairing is a proposal sent to the new mentor, who accepts or declines it as before publication: nobody
     * gets a mentee they did not agree to, and a decline re-matches the resident as any decline does. Its cadence
     * runs from today either way. All moves end before any starts, so no mentor is over capacity in between.
     */
    private ProposalEntity switchMentor(long cohortId, ChangeRequestEntity request, ProposalEntity old,
                                        long residentId, long mentorId, String mentorCode, int pairScore,
                                        List<String> reasons, Instant now) {
        if (old != null && old.isLive()) {
            endPairing(cohortId, old.getId(), request, now);
        }
        ProposalEntity started = proposals.saveAndFlush(ProposalEntity.replacing(cohortId,
                old == null ? null : old.getRunId(), residentId, mentorId, pairScore, reasons, now, now));
        audit.record("pairing.started", "proposal", started.getId(), cohortId, null,
                Map.of("startedAt", now, "mentor", mentorCode, "pairScore", pairScore,
                        "changeRequest", request.getId()));
        events.publishEvent(new ProposalEvents.Sent(cohortId, List.of(started.getId())));
        return started;
    }

    private ProposalEntity endPairing(long cohortId, long pairingId, ChangeRequestEntity request, Instant now) {
        ProposalEntity old = proposals.findById(pairingId).filter(ProposalEntity::isLive)
                .orElseThrow(() -> new PairingNotFound(cohortId, "pairing " + pairingId));
        old.end(now);
        proposals.saveAndFlush(old);
        audit.record("pairing.ended", "proposal", old.getId(), cohortId, null,
                Map.of("endedAt", now, "changeRequest", request.getId()));
        return old;
    }

    private ProposalEntity livePairing(long cohortId, ChangeRequestEntity request) {
        return proposals.findById(request.getPairingId()).filter(ProposalEntity::isLive)
                .orElseThrow(() -> new PairingNotFound(cohortId, "pairing " + request.getPairingId()));
    }

    private static ChangeRequestEntity open(ChangeRequestEntity request) {
        if (request.getStatus() != ChangeRequestStatus.OPEN) {
            throw new ChangeRequestDecided(request.getId(), request.getStatus());
        }
        return request;
    }

    private ChangeRequestEntity find(long cohortId, long requestId) {
        return requests.findByIdAndCohortId(requestId, cohortId)
                .orElseThrow(() -> new ChangeRequestNotFound(cohortId, requestId));
    }
}
