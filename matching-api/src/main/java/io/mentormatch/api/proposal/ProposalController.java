package io.mentormatch.api.proposal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class ProposalController {

    private final ProposalReview review;
    private final PairingEdits edits;
    private final ProposalSending sending;
    private final MentorDecisions decisions;
    private final DeclineRematch declineRematch;
    private final ProposalWithdrawal withdrawal;
    private final SwapReverts swapReverts;

    ProposalController(ProposalReview review, PairingEdits edits, ProposalSending sending, MentorDecisions decisions,
                       DeclineRematch declineRematch, ProposalWithdrawal withdrawal, SwapReverts swapReverts) {
        this.review = review;
        this.edits = edits;
        this.sending = sending;
        this.decisions = decisions;
        this.declineRematch = declineRematch;
        this.withdrawal = withdrawal;
        this.swapReverts = swapReverts;
    }

    /** @param below the threshold of the LOW_SCORE filter; without it, the cohort's {@link LowScore} threshold */
    @GetMapping("/proposals")
    PagedModel<ProposalView> list(@PathVariable long cohortId,
            @RequestParam(defaultValue = "ALL") ProposalFilter filter,
            @RequestParam(required = false) @Min(-10000) @Max(10000) Integer below,
            @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(review.list(cohortId, filter, below, pageable));
    }

    @GetMapping("/proposals/overdue")
    List<ProposalView> overdue(@PathVariable long cohortId) {
        return sending.overdue(cohortId);
    }

    @PostMapping("/proposals/{proposalId}/pin")
    ProposalView pin(@PathVariable long cohortId, @PathVariable long proposalId) {
        return edits.pin(cohortId, proposalId, true);
    }

    @PostMapping("/proposals/{proposalId}/unpin")
    ProposalView unpin(@PathVariable long cohortId, @PathVariable long proposalId) {
        return edits.pin(cohortId, proposalId, false);
    }

    @PostMapping(path = "/pairing-changes/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangePreview preview(@PathVariable long cohortId, @Valid @RequestBody PairingChange change) {
        return edits.preview(cohortId, change);
    }

    @PostMapping(path = "/pairing-changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangePreview apply(@PathVariable long cohortId, @Valid @RequestBody PairingChange change) {
        return edits.apply(cohortId, change);
    }

    @PostMapping("/proposals/send")
    List<ProposalView> send(@PathVariable long cohortId) {
        return sending.send(cohortId);
    }

    /** Takes back every sent proposal no mentor has answered: drafts again, each mentor told by e-mail. */
    @PostMapping("/proposals/withdraw")
    List<ProposalView> withdrawUnanswered(@PathVariable long cohortId) {
        return withdrawal.withdrawUnanswered(cohortId);
    }

    /** Takes back one sent proposal; refused (409) once its mentor answered. */
    @PostMapping("/proposals/{proposalId}/withdraw")
    ProposalView withdraw(@PathVariable long cohortId, @PathVariable long proposalId) {
        return withdrawal.withdraw(cohortId, proposalId);
    }

    /** The swaps applied to the cohort's pairings, latest first, each saying whether it can be reverted. */
    @GetMapping("/pairing-changes/swaps")
    List<AppliedSwap> swaps(@PathVariable long cohortId) {
        return swapReverts.list(cohortId);
    }

    /** Swaps the two mentors back; refused (409) once either pairing was sent or changed. */
    @PostMapping("/pairing-changes/swaps/{swapId}/revert")
    ChangePreview revertSwap(@PathVariable long cohortId, @PathVariable long swapId) {
        return swapReverts.revert(cohortId, swapId);
    }

    @GetMapping("/mentors/{mentorCode}/proposals")
    List<ProposalView> forMentor(@PathVariable long cohortId, @PathVariable String mentorCode) {
        return decisions.forMentor(cohortId, mentorCode);
    }

    @PostMapping(path = "/proposals/{proposalId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProposalView accept(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody Decision decision) {
        return decisions.accept(cohortId, proposalId, decision);
    }

    @PostMapping(path = "/proposals/{proposalId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<ProposalView> decline(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody Decision decision) {
        return decisions.decline(cohortId, proposalId, decision);
    }

    /** The residents a mentor declined whose pairing is not settled: each may be re-matched with minimal change. */
    @GetMapping("/proposals/declined-residents")
    List<DeclineRematch.Declined> declinedResidents(@PathVariable long cohortId) {
        return declineRematch.declined(cohortId);
    }

    /** Who would move if the declined proposal's resident is re-matched with up to k other residents moving. */
    @PostMapping(path = "/proposals/{proposalId}/rematch-preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    RematchPreview rematchPreview(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody MinimalChange request) {
        return declineRematch.preview(cohortId, proposalId, request).forDirector();
    }

    /** Applies the previewed re-match; with the preview's stamp, refused (409) once the pairings have changed. */
    @PostMapping(path = "/proposals/{proposalId}/rematch", consumes = MediaType.APPLICATION_JSON_VALUE)
    RematchPreview rematch(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody MinimalChange request) {
        return declineRematch.apply(cohortId, proposalId, request).forDirector();
    }
}
