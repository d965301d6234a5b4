package io.mentormatch.api.cadence;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The cohort's cadence, the pairs' own standing against it, and the meetings still to come at it as a calendar. */
@RestController
class CadenceController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MentoringService mentoring;
    private final CadenceService cadences;
    private final MeetingSeries series;

    CadenceController(MentoringService mentoring, CadenceService cadences, MeetingSeries series) {
        this.mentoring = mentoring;
        this.cadences = cadences;
        this.series = series;
    }

    @GetMapping("/api/cohorts/{cohortId}/pairings/{pairingId}/meetings.ics")
    ResponseEntity<String> calendar(@PathVariable long cohortId, @PathVariable long pairingId) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meetings-" + pairingId + ".ics\"")
                .body(series.calendar(cohortId, pairingId));
    }

    @GetMapping("/api/me/pairings")
    List<MyPairing> myPairings() {
        return mentoring.myPairings();
    }

    @GetMapping("/api/cohorts/{cohortId}/cadence")
    Cadence cadence(@PathVariable long cohortId) {
        return cadences.get(cohortId);
    }

    @PutMapping(path = "/api/cohorts/{cohortId}/cadence", consumes = MediaType.APPLICATION_JSON_VALUE)
    Cadence setCadence(@PathVariable long cohortId, @Valid @RequestBody Cadence cadence) {
        return cadences.set(cohortId, cadence);
    }
}
