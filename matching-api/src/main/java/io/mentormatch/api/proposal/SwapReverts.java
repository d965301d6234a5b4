package io.mentormatch.api.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.internal.AppliedSwapEntity;
import io.mentormatch.api.proposal.internal.AppliedSwapRepository;

/**
 * The swaps the director applied on the review page, each revertable while both pairings are the drafts the swap
 * left: reverting swaps the two mentors back, with the pair scores and reasons worked out again.
 */
@Service
public class SwapReverts {

    private final AppliedSwapRepository swaps;
    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ProposalViews views;
    private final PairingEdits edits;
    private final Clock clock;

    SwapReverts(AppliedSwapRepository swaps, ProposalRepository proposals, CohortService cohorts, ProposalViews views,
                PairingEdits edits, Clock clock) {
        this.swaps = swaps;
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.views = views;
        this.edits = edits;
        this.clock = clock;
    }

    /** The cohort's applied swaps, latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<AppliedSwap> list(long cohortId) {
        cohorts.find(cohortId);
        ProposalViews.Names names = views.names(cohortId);
        return swaps.findByCohortIdOrderByIdDesc(cohortId).stream().map(s -> view(s, names)).toList();
    }

    /** Swaps the two mentors back; refused (409) when the pairings were sent or changed since, or it was reverted. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangePreview revert(long cohortId, long swapId) {
        cohorts.lockedCohort(cohortId);
        AppliedSwapEntity swap = swaps.findByIdAndCohortId(swapId, cohortId)
                .orElseThrow(() -> new SwapNotFound(cohortId, swapId));
        ProposalViews.Names names = views.names(cohortId);
        Optional<String> objection = objection(swap, names);
        if (objection.isPresent()) {
            throw new SwapNotRevertable(objection.get());
        }
        ProposalEntity first = proposals.findById(swap.getFirstProposalId()).orElseThrow();
        ProposalEntity second = proposals.findById(swap.getSecondProposalId()).orElseThrow();
        ChangePreview reverted = edits.applied(cohortId, new PairingChange(PairingChange.Kind.SWAP,
                names.resident(first.getResidentId()).code(), names.resident(second.getResidentId()).code(), null),
                "proposal.swap-reverted");
        swap.revert(clock.instant());
        swaps.saveAndFlush(swap);
        return reverted;
    }

    private AppliedSwap view(AppliedSwapEntity swap, ProposalViews.Names names) {
        ProposalEntity first = proposals.findById(swap.getFirstProposalId()).orElseThrow();
        ProposalEntity second = proposals.findById(swap.getSecondProposalId()).orElseThrow();
        var firstResident = names.resident(first.getResidentId());
        var secondResident = names.resident(second.getResidentId());
        Optional<String> objection = objection(swap, names);
        return new AppliedSwap(swap.getId(), firstResident.code(), firstResident.name(),
                names.mentor(swap.getFirstMentorId()).name(), secondResident.code(), secondResident.name(),
                names.mentor(swap.getSecondMentorId()).name(), swap.getAppliedAt(), swap.getAppliedBy(),
                swap.getRevertedAt(), objection.isEmpty(), objection.orElse(null));
    }

    /** Why the swap cannot be reverted now, in a sentence; empty when it can. */
    private Optional<String> objection(AppliedSwapEntity swap, ProposalViews.Names names) {
        ProposalEntity first = proposals.findById(swap.getFirstProposalId()).orElseThrow();
        ProposalEntity second = proposals.findById(swap.getSecondProposalId()).orElseThrow();
        String who = names.resident(first.getResidentId()).name() + " and "
                + names.resident(second.getResidentId()).name();
        if (swap.getRevertedAt() != null) {
            return Optional.of("The swap of " + who + " is reverted already.");
        }
        if (first.isSent() || second.isSent()) {
            return Optional.of("The pairings of " + who + " were sent to their mentors, so the swap cannot be reverted;"
                    + " withdraw the proposals first.");
        }
        boolean unchanged = first.isLive() && second.isLive()
                && first.getMentorId().equals(swap.getSecondMentorId()) && second.getMentorId().equals(swap.getFirstMentorId());
        if (!unchanged) {
            return Optional.of("The pairings of " + who + " changed after the swap, so it cannot be reverted.");
        }
        return Optional.empty();
    }
}
