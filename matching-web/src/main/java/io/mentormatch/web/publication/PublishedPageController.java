package io.mentormatch.web.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.mentor.MentorMembership;
import io.mentormatch.api.mentor.MentorProfileService;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.preference.ResidentMembership;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishedPairing;
import io.mentormatch.api.system.Role;

/**
 * The published pairings of a cohort: the whole list, grouped by mentor, for its directors (with CSV and a print
 * view); a resident's or mentor's own pairings for them. Who may see what is decided by the publication service.
 */
@Controller
class PublishedPageController {

    private final CohortService cohorts;
    private final PublicationService publications;
    private final UserAccounts accounts;
    private final PreferenceService preferences;
    private final MentorProfileService mentorProfiles;

    PublishedPageController(CohortService cohorts, PublicationService publications, UserAccounts accounts,
                            PreferenceService preferences, MentorProfileService mentorProfiles) {
        this.cohorts = cohorts;
        this.publications = publications;
        this.accounts = accounts;
        this.preferences = preferences;
        this.mentorProfiles = mentorProfiles;
    }

    @GetMapping("/published")
    String list(Model model) {
        List<CohortView> published = cohorts.list(PageRequest.of(0, 200)).stream()
                .filter(c -> c.state() == CohortState.PUBLISHED || c.state() == CohortState.ARCHIVED).toList();
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
        Role role = accounts.me().role();
        List<PublishedPairing> pairings = switch (role) {
            case ADMIN, DIRECTOR -> publications.pairings(id);
            case RESIDENT -> ownAsResident(id);
            case MENTOR -> mentorProfiles.myProfiles().stream().filter(m -> m.cohortId() == id).findFirst()
                    .map(MentorMembership::mentorId).map(code -> publications.forMentor(id, code)).orElse(List.of());
        };
        Map<String, List<PublishedPairing>> byMentor = new LinkedHashMap<>();
        pairings.stream().sorted(java.util.Comparator.comparing(PublishedPairing::mentorName)
                        .thenComparing(PublishedPairing::residentName))
                .forEach(p -> byMentor.computeIfAbsent(p.mentorName(), k -> new java.util.ArrayList<>()).add(p));
        model.addAttribute("byMentor", byMentor);
        model.addAttribute("director", role == Role.ADMIN || role == Role.DIRECTOR);
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

    private List<PublishedPairing> ownAsResident(long id) {
        return preferences.myForms().stream().filter(m -> m.cohortId() == id).findFirst()
                .map(ResidentMembership::residentId)
                .map(code -> {
                    try {
                        return List.of(publications.forResident(id, code));
                    } catch (PairingNotFound e) {
                        return List.<PublishedPairing>of();
                    }
                }).orElse(List.of());
    }
}
