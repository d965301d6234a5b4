package io.mentormatch.api.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.PeerLayerGuard;
import io.mentormatch.api.cohort.PeerLayerInUse;
import io.mentormatch.core.cohort.Layer;

/**
 * The peer layer's proposals when the director turns the layer off. A sent (answered or not) or pinned peer pairing
 * is one a later run keeps; without the layer it would be a second faculty pairing of its resident (and the run would
 * find the resident pinned twice), so turning off is refused while any exists. Unsent, unpinned drafts are only a
 * run's suggestion: they are dropped, audited.
 */
@Component
class PeerLayerProposals implements PeerLayerGuard {

    private final ProposalRepository proposals;
    private final ProposalViews views;
    private final AuditLog audit;
    private final Clock clock;

    PeerLayerProposals(ProposalRepository proposals, ProposalViews views, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void turningOff(CohortEntity cohort) {
        ProposalViews.Names names = views.names(cohort.getId());
        List<ProposalEntity> peer = proposals.findLive(cohort.getId()).stream()
                .filter(p -> cohort.layerOf(names.mentor(p.getMentorId()).kind()) == Layer.PEER).toList();
        List<String> kept = peer.stream().filter(p -> p.isSent() || p.isPinned())
                .map(p -> names.resident(p.getResidentId()).code()).distinct().sorted().toList();
        if (!kept.isEmpty()) {
            throw new PeerLayerInUse(kept.size() + (kept.size() == 1 ? " resident has" : " residents have")
                    + " a peer mentor proposal that was sent or pinned (" + String.join(", ", kept.subList(0,
                    Math.min(kept.size(), 10))) + (kept.size() > 10 ? ", …" : "") + "), and a later run keeps it;"
                    + " unpin the pinned drafts, or keep peer mentoring on for this cohort");
        }
        peer.forEach(p -> p.supersede(clock.instant()));
        proposals.saveAllAndFlush(peer);
        if (!peer.isEmpty()) {
            audit.record("proposal.peer-drafts-dropped", "cohort", cohort.getId(), cohort.getId(), null,
                    Map.of("drafts", peer.size()));
        }
    }
}
