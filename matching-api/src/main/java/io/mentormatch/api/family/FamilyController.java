package io.mentormatch.api.family;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}/families")
class FamilyController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final FamilyService families;

    FamilyController(FamilyService families) {
        this.families = families;
    }

    @GetMapping
    List<Family> all(@PathVariable long cohortId) {
        return families.families(cohortId);
    }

    @GetMapping("/mine")
    List<Family> mine(@PathVariable long cohortId) {
        return families.mine(cohortId);
    }

    @GetMapping("/{mentorCode}/meetings.ics")
    ResponseEntity<String> meetings(@PathVariable long cohortId, @PathVariable String mentorCode) {
        String calendar = families.calendar(cohortId, mentorCode);
        // the code is known to be a mentor's here, but the header is still built by a quoting builder
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("family-" + mentorCode + "-meetings.ics").build().toString())
                .body(calendar);
    }
}
