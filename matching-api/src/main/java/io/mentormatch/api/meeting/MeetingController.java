package io.mentormatch.api.meeting;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.cadence.Cadence;
import io.mentormatch.api.cadence.CadenceService;
import io.mentormatch.api.cadence.MeetingSeries;
import io.mentormatch.api.cadence.MentoringService;
import io.mentormatch.api.cadence.MyPairing;

@RestController
class MeetingController {

    static final String PAIRING = "/api/cohorts/{cohortId}/pairings/{pairingId}";
    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingService meetings;
    private final MentoringService mentoring;
    private final CadenceService cadences;
    private final MeetingSeries series;

    MeetingController(MeetingService meetings, MentoringService mentoring, CadenceService cadences, MeetingSeries series) {
        this.meetings = meetings;
        this.mentoring = mentoring;
        this.cadences = cadences;
        this.series = series;
    }

    @PostMapping(path = PAIRING + "/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView log(@PathVariable long cohortId, @PathVariable long pairingId, @Valid @RequestBody NewMeeting request) {
        return meetings.log(cohortId, pairingId, request);
    }

    @GetMapping(PAIRING + "/meetings")
    List<MeetingView> list(@PathVariable long cohortId, @PathVariable long pairingId) {
        return meetings.list(cohortId, pairingId);
    }

    @PostMapping(PAIRING + "/meetings/{meetingId}/confirmation")
    MeetingView confirm(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long meetingId) {
        return meetings.confirm(cohortId, pairingId, meetingId);
    }

    @GetMapping(PAIRING + "/meetings.ics")
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
