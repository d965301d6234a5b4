package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.core.cohort.Layer;

/**
 * A mentor declined a proposal, and {@link MentorDecisions#decline} re-matched the resident with nobody else moving.
 * The director may then let up to k other residents move when that fits everyone better: {@link #preview} shows who
 * would move and why ({@link MinimalChangePreview#reopen}, the engine of the change of mentor too), {@link #apply}
 * applies exactly the previewed moves. The resident's automatic re-match is set aside (its mentor may be chosen
 * again); nobody with an accepted or pinned pairing moves unless the director names them. Every new pairing is a
 * proposal sent to its new mentor, who accepts or declines it.
 */
@Service
public class DeclineRematch {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final MinimalChangePreview minimalChange;
    private final DeclineDrafts drafts;
    private final ProposalViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclineRematch(ProposalRepository proposals, CohortService cohorts, MinimalChangePreview minimalChange,
                   DeclineDrafts drafts, ProposalViews views, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.minimalChange = minimalChange;
        this.drafts = drafts;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A resident whose proposal was declined and whose pairing is not settled yet: the director may re-match them.
     *
     * @param declinedProposalId the latest declined proposal of the resident: the handle of the re-match
     * @param currentMentorName  the mentor of their open re-match proposal, null when the re-match found nobody
     * @param layer              the layer of the declined pairing: a resident declined in both layers is listed twice
     * @param movable            the other residents of that layer whose pairing is accepted or pinned, by name: they
     *                           stay unless the director ticks them
     */
    public record Declined(long declinedProposalId, String resident, String residentName, String declinedBy,
                           String currentMentorName, Layer layer, List<Movable> movable) {
    }

    /**
     * A resident with a settled pairing the director may let move too.
     *
     * @param resident the resident's cohort code: the form's value, never shown
     */
    public record Movable(String resident, String residentName, String mentorName) {
    }

    /**
     * The residents a mentor declined whose current pairing is not accepted nor pinned, by resident code and layer:
     * once per layer in which they were declined.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<Declined> declined(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        if (!rematchable(cohort.getState())) {
            return List.of();
        }
        List<ProposalEntity> declines = proposals.findByCohortIdAndSupersededAtIsNullOrderById(cohortId).stream()
                .filter(p -> p.getState() == ProposalState.DECLINED).toList();
        if (declines.isEmpty()) {
            return List.of();
        }
        ProposalViews.Names names = views.names(cohortId);
        Map<Map.Entry<Long, Layer>, ProposalEntity> latestDecline = new LinkedHashMap<>();
        declines.forEach(p -> latestDecline.put(pairingSlot(cohort, names, p), p));
        Map<Map.Entry<Long, Layer>, ProposalEntity> live = proposals.findLive(cohortId).stream()
                .collect(Collectors.toMap(p -> pairingSlot(cohort, names, p), p -> p, (a, b) -> a));
        return latestDecline.values().stream()
                .filter(p -> Optional.ofNullable(live.get(pairingSlot(cohort, names, p)))
                        .map(current -> !MinimalChangePreview.isAccepted(current)).orElse(true))
                .map(p -> {
                    ProposalEntity current = live.get(pairingSlot(cohort, names, p));
                    Layer layer = pairingSlot(cohort, names, p).getValue();
                    return new Declined(p.getId(), names.resident(p.getResidentId()).code(),
                            names.resident(p.getResidentId()).name(), names.mentor(p.getMentorId()).name(),
                            current == null ? null : names.mentor(current.getMentorId()).name(), layer,
                            movable(live, p.getResidentId(), layer, names));
                })
                .sorted(Comparator.comparing(Declined::resident).thenComparing(Declined::layer)).toList();
    }

    /**
     * Who would move if the declined resident is re-matched with up to {@code k} others moving; accepted pairings
     * stay unless their resident is in {@code allowAccepted}. Changes nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RematchPreview preview(long cohortId, long proposalId, MinimalChange asked) {
        CohortEntity cohort = cohorts.find(cohortId);
        return compute(cohort, target(cohort, proposalId), asked);
    }

    /**
     * Recomputes the preview under the cohort's lock, refuses it (409, with the new preview) when the caller's stamp
     * is not the current one, and applies every move: a moving pairing is withdrawn (ended, once published) and the
     * new one sent to its mentor. A failure rolls all of them back.
     *
     * @return the applied preview; its moves name the residents' new mentors
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RematchPreview apply(long cohortId, long proposalId, MinimalChange asked) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        Target target = target(cohort, proposalId);
        RematchPreview preview = compute(cohort, target, asked);
        if (asked.stamp() != null && !asked.stamp().equals(preview.stamp())) {
            throw new RematchPreviewStale(preview);
        }
        RematchPreview.Move needed = preview.moves().get(0);
        if (needed.toMentorId() == null) {
            throw new NoNewMentorFound(needed.residentName());
        }
        Instant now = clock.instant();
        boolean published = cohort.getState() == CohortState.PUBLISHED;
        List<RematchPreview.Move> moving = preview.moves().stream()
                .filter(m -> m.toMentorId() != null && !m.toMentor().equals(m.fromMentor())).toList();
        ProposalViews.Names names = target.names();
        Map<Long, ProposalView> before = new LinkedHashMap<>();
        Map<Long, ProposalEntity> withdrawn = new LinkedHashMap<>();
        for (RematchPreview.Move move : moving) {
            if (move.pairingId() != null) {
                ProposalEntity old = proposals.findById(move.pairingId()).orElseThrow();
                before.put(old.getId(), views.view(cohort, old, names));
                if (published) {
                    old.end(now);
                } else {
                    old.supersede(now);
                }
                withdrawn.put(old.getId(), proposals.saveAndFlush(old));
            }
        }
        List<Long> sent = new ArrayList<>();
        for (RematchPreview.Move move : moving) {
            ProposalEntity old = move.pairingId() == null ? null : withdrawn.get(move.pairingId());
            ProposalEntity started = proposals.saveAndFlush(ProposalEntity.replacing(cohortId,
                    old != null ? old.getRunId() : target.declined().getRunId(), move.residentId(), move.toMentorId(),
                    move.scoreAfter(), move.reasons(), now, published ? now : null));
            sent.add(started.getId());
            audit.record("proposal.rematched", "proposal", started.getId(), cohortId,
                    old == null ? null : before.get(old.getId()), views.view(cohort, started, names));
            if (old != null) {
                events.publishEvent(new ProposalEvents.Withdrawn(cohortId, old.getId(), started.getId(),
                        !move.needed()));
            }
        }
        audit.record("proposal.moves-applied", "proposal", proposalId, cohortId, null,
                Map.of("k", preview.k(), "allowAccepted", preview.allowAccepted(), "moves", moving.size(),
                        "othersMoved", preview.othersMoved(), "pairScoreChange", preview.pairScoreChange(),
                        "optimal", preview.optimal()));
        if (!sent.isEmpty()) {
            events.publishEvent(new ProposalEvents.Sent(cohortId, sent));
        }
        drafts.settle(proposalId);
        return preview;
    }

    private RematchPreview compute(CohortEntity cohort, Target target, MinimalChange asked) {
        ProposalEntity declined = target.declined();
        return minimalChange.reopen(cohort.getId(), declined.getResidentId(), Set.of(declined.getMentorId()),
                asked.moves(), asked.allowed(), target.layer());
    }

    /** The settled pairings of the layer other than the resident's, by resident name. */
    private static List<Movable> movable(Map<Map.Entry<Long, Layer>, ProposalEntity> live, Long residentId,
                                         Layer layer, ProposalViews.Names names) {
        return live.entrySet().stream()
                .filter(e -> e.getKey().getValue() == layer && !e.getKey().getKey().equals(residentId))
                .map(Map.Entry::getValue).filter(MinimalChangePreview::isAccepted)
                .map(p -> new Movable(names.resident(p.getResidentId()).code(),
                        names.resident(p.getResidentId()).name(), names.mentor(p.getMentorId()).name()))
                .sorted(Comparator.comparing(Movable::residentName)).toList();
    }

    /** A resident has one pairing per layer: the resident and the layer of the proposal's mentor. */
    private static Map.Entry<Long, Layer> pairingSlot(CohortEntity cohort, ProposalViews.Names names,
                                                      ProposalEntity proposal) {
        return Map.entry(proposal.getResidentId(), cohort.layerOf(names.mentor(proposal.getMentorId()).kind()));
    }

    /** The declined proposal a re-match is for, its layer, and the cohort's names, read once. */
    private record Target(ProposalEntity declined, Layer layer, ProposalViews.Names names) {
    }

    /**
     * The declined proposal the re-match is for: 404 when the cohort has no such proposal, 409 when it was not
     * declined, when the cohort is not past sending, or when the resident's pairing in its layer is already settled.
     */
    private Target target(CohortEntity cohort, long proposalId) {
        ProposalEntity declined = proposals.findByIdAndCohortId(proposalId, cohort.getId())
                .orElseThrow(() -> new ProposalNotFound(cohort.getId(), proposalId));
        if (!rematchable(cohort.getState())) {
            throw new CohortLocked(cohort.getState(), "re-matching a declined resident");
        }
        if (declined.getState() != ProposalState.DECLINED) {
            throw new ProposalNotDeclined(proposalId, declined.getState());
        }
        ProposalViews.Names names = views.names(cohort.getId());
        Map.Entry<Long, Layer> slot = pairingSlot(cohort, names, declined);
        Collection<ProposalEntity> live = proposals.findLive(cohort.getId());
        live.stream().filter(p -> pairingSlot(cohort, names, p).equals(slot))
                .filter(MinimalChangePreview::isAccepted).findFirst().ifPresent(settled -> {
                    throw new PairingLocked(names.resident(settled.getResidentId()).code(),
                            settled.isPinned() ? "it is pinned; unpin it first" : "the new mentor has accepted it");
                });
        return new Target(declined, slot.getValue(), names);
    }

    /** Declines happen once proposals are sent: before publication, or in the mentoring year. */
    private static boolean rematchable(CohortState state) {
        return state == CohortState.PROPOSED || state == CohortState.PUBLISHED;
    }
}
