package io.mentormatch.api.change;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.proposal.RematchOption;
import io.mentormatch.api.proposal.RematchPreview;

@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class ChangeRequestController {

    private final ChangeRequests requests;
    private final ChangeDecisions decisions;

    ChangeRequestController(ChangeRequests requests, ChangeDecisions decisions) {
        this.requests = requests;
        this.decisions = decisions;
    }

    @PostMapping(path = "/pairings/{pairingId}/change-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ChangeRequestView request(@PathVariable long cohortId, @PathVariable long pairingId,
                              @Valid @RequestBody NewChangeRequest request) {
        return requests.request(cohortId, pairingId, request);
    }

    @GetMapping("/change-requests")
    List<ChangeRequestView> list(@PathVariable long cohortId,
                                 @RequestParam(defaultValue = "ALL") ChangeRequestFilter filter) {
        return requests.list(cohortId, filter);
    }

    @GetMapping("/change-requests/{requestId}/options")
    List<RematchOption> options(@PathVariable long cohortId, @PathVariable long requestId) {
        return decisions.options(cohortId, requestId);
    }

    /** Who would move with up to k other residents allowed to; R003,R007 in allowAccepted lets accepted ones move. */
    @GetMapping("/change-requests/{requestId}/rematch-preview")
    RematchPreview rematchPreview(@PathVariable long cohortId, @PathVariable long requestId,
                                  @RequestParam(defaultValue = "0") int k,
                                  @RequestParam(defaultValue = "") List<String> allowAccepted) {
        return decisions.rematchPreview(cohortId, requestId, k, allowAccepted).forDirector();
    }

    @PostMapping(path = "/change-requests/{requestId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ChangeRequestView decide(@PathVariable long cohortId, @PathVariable long requestId,
                             @Valid @RequestBody ChangeDecision decision) {
        return decisions.decide(cohortId, requestId, decision);
    }
}
