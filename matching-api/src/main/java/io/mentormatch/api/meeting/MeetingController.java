package io.mentormatch.api.meeting;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeetingController {

    static final String PAIRING = "/api/cohorts/{cohortId}/pairings/{pairingId}";

    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
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
}
