package io.mentormatch.api.publication;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class PublicationController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PublicationService publications;

    PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    @PostMapping(path = "/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    PublicationView publish(@PathVariable long cohortId, @Valid @RequestBody PublishRequest request) {
        return publications.publish(cohortId, request);
    }

    @GetMapping("/publication")
    PublicationView get(@PathVariable long cohortId) {
        return publications.get(cohortId);
    }

    @GetMapping("/pairings")
    List<PublishedPairing> pairings(@PathVariable long cohortId) {
        return publications.pairings(cohortId);
    }

    @GetMapping("/pairings.csv")
    ResponseEntity<String> csv(@PathVariable long cohortId) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pairings-" + cohortId + ".csv\"")
                .body(publications.csv(cohortId));
    }

    @GetMapping("/residents/{residentCode}/pairing")
    PublishedPairing forResident(@PathVariable long cohortId, @PathVariable String residentCode) {
        return publications.forResident(cohortId, residentCode);
    }

    @GetMapping("/mentors/{mentorCode}/pairings")
    List<PublishedPairing> forMentor(@PathVariable long cohortId, @PathVariable String mentorCode) {
        return publications.forMentor(cohortId, mentorCode);
    }

    @GetMapping("/pairings/{pairingId}/first-meeting.ics")
    ResponseEntity<String> firstMeeting(@PathVariable long cohortId, @PathVariable long pairingId) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"first-meeting-" + pairingId + ".ics\"")
                .body(publications.firstMeetingCalendar(cohortId, pairingId));
    }
}
