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

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** @param below the threshold of the LOW_SCORE filter */
    @GetMapping("/proposals")
    PagedModel<ProposalView> list(@PathVariable long cohortId,
            @RequestParam(defaultValue = "ALL") ProposalFilter filter,
            @RequestParam(defaultValue = "50") @Min(-10000) @Max(10000) int below,
            @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(proposals.list(cohortId, filter, below, pageable));
    }

    @GetMapping("/proposals/overdue")
    List<ProposalView> overdue(@PathVariable long cohortId) {
        return proposals.overdue(cohortId);
    }

    @PostMapping("/proposals/{proposalId}/pin")
    ProposalView pin(@PathVariable long cohortId, @PathVariable long proposalId) {
        return proposals.pin(cohortId, proposalId, true);
    }

    @PostMapping("/proposals/{proposalId}/unpin")
    ProposalView unpin(@PathVariable long cohortId, @PathVariable long proposalId) {
        return proposals.pin(cohortId, proposalId, false);
    }

    @PostMapping(path = "/pairing-changes/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangePreview preview(@PathVariable long cohortId, @Valid @RequestBody PairingChange change) {
        return proposals.preview(cohortId, change);
    }

    @PostMapping(path = "/pairing-changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangePreview apply(@PathVariable long cohortId, @Valid @RequestBody PairingChange change) {
        return proposals.apply(cohortId, change);
    }

    @PostMapping("/proposals/send")
    List<ProposalView> send(@PathVariable long cohortId) {
        return proposals.send(cohortId);
    }

    @GetMapping("/mentors/{mentorCode}/proposals")
    List<ProposalView> forMentor(@PathVariable long cohortId, @PathVariable String mentorCode) {
        return proposals.forMentor(cohortId, mentorCode);
    }

    @PostMapping(path = "/proposals/{proposalId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProposalView accept(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody Decision decision) {
        return proposals.accept(cohortId, proposalId, decision);
    }

    @PostMapping(path = "/proposals/{proposalId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<ProposalView> decline(@PathVariable long cohortId, @PathVariable long proposalId,
            @Valid @RequestBody Decision decision) {
        return proposals.decline(cohortId, proposalId, decision);
    }
}
