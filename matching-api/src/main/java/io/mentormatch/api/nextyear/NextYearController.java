package io.mentormatch.api.nextyear;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.cohort.CohortView;

@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class NextYearController {

    private final NextYearCohorts nextYear;
    private final ContinuityRequests continuity;

    NextYearController(NextYearCohorts nextYear, ContinuityRequests continuity) {
        this.nextYear = nextYear;
        this.continuity = continuity;
    }

    @PostMapping("/next-year")
    ResponseEntity<CohortView> createNextYear(@PathVariable long cohortId) {
        CohortView created = nextYear.create(cohortId);
        return ResponseEntity.created(URI.create("/api/cohorts/" + created.id())).body(created);
    }

    @PostMapping("/residents/{residentCode}/continuity-request")
    ResponseEntity<ContinuityRequestView> requestContinuity(@PathVariable long cohortId,
                                                            @PathVariable String residentCode) {
        ContinuityRequestView request = continuity.request(cohortId, residentCode);
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/continuity-requests/" + request.id()))
                .body(request);
    }

    @GetMapping("/continuity-requests")
    List<ContinuityRequestView> continuityRequests(@PathVariable long cohortId) {
        return continuity.list(cohortId);
    }

    @PostMapping("/continuity-requests/{requestId}/pin")
    ContinuityRequestView pin(@PathVariable long cohortId, @PathVariable long requestId) {
        return continuity.pin(cohortId, requestId);
    }
}
