package io.mentormatch.api.roster;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rosters over HTTP. CSV uploads are the raw file as the body ({@code Content-Type: text/csv}, UTF-8); a dry run
 * ({@code ?dryRun=true}) answers 200 with every problem and changes nothing, a real import with problems answers
 * 400 with the same problems and changes nothing either.
 */
@RestController
class RosterController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RosterService roster;

    RosterController(RosterService roster) {
        this.roster = roster;
    }

    @GetMapping("/api/cohorts/{cohortId}/roster-overview")
    RosterOverview overview(@PathVariable long cohortId) {
        return roster.overview(cohortId);
    }

    @GetMapping("/api/cohorts/{cohortId}/residents")
    List<ResidentSummary> residents(@PathVariable long cohortId) {
        return roster.residents(cohortId);
    }

    @GetMapping("/api/cohorts/{cohortId}/mentors")
    List<MentorSummary> mentors(@PathVariable long cohortId) {
        return roster.mentors(cohortId);
    }

    @PostMapping(path = "/api/cohorts/{cohortId}/residents/import", consumes = "text/csv")
    ImportReport importResidents(@PathVariable long cohortId, @RequestBody byte[] csv,
                                 @RequestParam(defaultValue = "false") boolean dryRun) {
        return roster.importResidents(cohortId, csv, dryRun);
    }

    @PostMapping(path = "/api/cohorts/{cohortId}/mentors/import", consumes = "text/csv")
    ImportReport importMentors(@PathVariable long cohortId, @RequestBody byte[] csv,
                               @RequestParam(defaultValue = "false") boolean dryRun) {
        return roster.importMentors(cohortId, csv, dryRun);
    }

    @GetMapping("/api/cohorts/{cohortId}/residents.csv")
    ResponseEntity<String> exportResidents(@PathVariable long cohortId) {
        return csv("residents.csv", roster.exportResidentsCsv(cohortId));
    }

    @GetMapping("/api/cohorts/{cohortId}/mentors.csv")
    ResponseEntity<String> exportMentors(@PathVariable long cohortId) {
        return csv("mentors.csv", roster.exportMentorsCsv(cohortId));
    }

    @GetMapping("/api/roster-templates/residents.csv")
    ResponseEntity<String> residentTemplate() {
        return csv("residents-template.csv", roster.residentTemplate());
    }

    @GetMapping("/api/roster-templates/mentors.csv")
    ResponseEntity<String> mentorTemplate() {
        return csv("mentors-template.csv", roster.mentorTemplate());
    }

    @GetMapping(path = "/api/cohorts/{cohortId}/file", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportFile(@PathVariable long cohortId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cohort-" + cohortId + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(roster.exportCohortFile(cohortId));
    }

    @PutMapping(path = "/api/cohorts/{cohortId}/file", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importFile(@PathVariable long cohortId, @RequestBody byte[] json,
                            @RequestParam(defaultValue = "false") boolean dryRun) {
        return roster.importCohortFile(cohortId, json, dryRun);
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(TEXT_CSV)
                .body(body);
    }
}
