package io.mentormatch.web.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.family.Family;
import io.mentormatch.api.family.FamilyService;
import io.mentormatch.api.family.VisibleFamilies;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishedPairing;
import io.mentormatch.api.publication.VisiblePairings;

/**
 * The published pairings of a cohort: the whole list, grouped by mentor, for its directors (with CSV and a print
 * view); a resident's or mentor's own pairings for them. Which cohorts and pairings a person may see is decided
 * by the publication service. In a cohort of mentoring families each mentor's group is also their family, with
 * its group slot and recurring meetings.
 */
@Controller
class PublishedPageController {

    private final CohortService cohorts;
    private final PublicationService publications;
    private final FamilyService families;

    PublishedPageController(CohortService cohorts, PublicationService publications, FamilyService families) {
        this.cohorts = cohorts;
        this.publications = publications;
        this.families = families;
    }

    @GetMapping("/published")
    String list(Model model) {
        List<CohortView> published = publications.publishedCohorts();
        if (published.size() == 1) {
            return "redirect:/cohorts/" + published.get(0).id() + "/published";
        }
        model.addAttribute("cohorts", published);
        return "publication/list";
    }

    @GetMapping("/cohorts/{id}/published")
    String published(@PathVariable long id, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        try {
            model.addAttribute("publication", publications.get(id));
        } catch (NotPublished e) {
            return "publication/published";
        }
        VisiblePairings visible = publications.visiblePairings(id);
        // faculty mentors first, then the peer mentors of a cohort with peer mentoring
        Map<String, List<PublishedPairing>> byMentor = new LinkedHashMap<>();
        visible.pairings().stream().sorted(Comparator.comparing(PublishedPairing::layer)
                        .thenComparing(PublishedPairing::mentorName).thenComparing(PublishedPairing::residentName))
                .forEach(p -> byMentor.computeIfAbsent(p.mentorName(), k -> new ArrayList<>()).add(p));
        model.addAttribute("byMentor", byMentor);
        model.addAttribute("director", visible.wholeCohort());
        VisibleFamilies visibleFamilies = families.visible(id);
        model.addAttribute("families", visibleFamilies.families().stream()
                .collect(Collectors.toMap(Family::mentor, Function.identity())));
        model.addAttribute("you", visibleFamilies.you());
        return "publication/published";
    }

    @GetMapping("/cohorts/{id}/published/{pairingId}/first-meeting.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, @PathVariable long pairingId) {
        byte[] body = publications.firstMeetingCalendar(id, pairingId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("first-meeting-" + pairingId + ".ics").build().toString())
                .body(body);
    }

    /** The recurring meetings of the family that the pairing belongs to: only a pairing the caller may see leads there. */
    @GetMapping("/cohorts/{id}/published/{pairingId}/family-meetings.ics")
    ResponseEntity<byte[]> familyCalendar(@PathVariable long id, @PathVariable long pairingId) {
        String mentor = publications.visiblePairings(id).pairings().stream().filter(p -> p.pairingId() == pairingId)
                .map(PublishedPairing::mentor).findFirst()
                .orElseThrow(() -> new PairingNotFound(id, "pairing " + pairingId));
        byte[] body = families.calendar(id, mentor).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("family-meetings-" + pairingId + ".ics").build().toString())
                .body(body);
    }

    @GetMapping("/cohorts/{id}/published/pairings.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        CohortView cohort = cohorts.get(id);
        byte[] body = publications.csv(id).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(cohort.code() + "-pairings.csv").build().toString())
                .body(body);
    }
}
