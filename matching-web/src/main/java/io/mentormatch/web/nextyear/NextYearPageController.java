package io.mentormatch.web.nextyear;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.nextyear.ContinuityRequestView;
import io.mentormatch.api.nextyear.ContinuityRequests;
import io.mentormatch.api.nextyear.NextYearCohorts;
import io.mentormatch.api.nextyear.NextYearPreview;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.preference.ResidentMembership;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.Phrases;

/**
 * Next year from this one: the director starts it from a published cohort and pins the continuity requests; a
 * continuing resident asks, from their preference form, to keep last year's mentor.
 */
@Controller
class NextYearPageController {

    private final NextYearCohorts nextYear;
    private final ContinuityRequests continuity;
    private final PreferenceService preferences;

    NextYearPageController(NextYearCohorts nextYear, ContinuityRequests continuity, PreferenceService preferences) {
        this.nextYear = nextYear;
        this.continuity = continuity;
        this.preferences = preferences;
    }

    @PostMapping("/cohorts/{id}/next-year")
    String createNextYear(@PathVariable long id, Model model, RedirectAttributes redirect,
                          @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed) {
        try {
            if (!Confirmation.given(confirmed)) {
                return confirmation(nextYear.preview(id)).show(model);
            }
            CohortView next = nextYear.create(id);
            redirect.addFlashAttribute("saved", next.name() + " is ready as a draft: the mentors were carried over and "
                    + "each confirms their profile, last year's pairs are known, and continuing residents can ask to keep "
                    + "their mentor.");
            return "redirect:/cohorts/" + next.id();
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/cohorts/" + id;
        }
    }

    private static Confirmation confirmation(NextYearPreview next) {
        List<String> lines = List.of(
                "“" + next.name() + "” is created for " + next.academicYear() + " as a draft, with the settings of “"
                        + next.fromName() + "”.",
                Phrases.count(next.mentors(), "mentor is", "mentors are") + " carried over, each to confirm their"
                        + " profile; " + Phrases.count(next.residents(), "resident continues", "residents continue")
                        + " and can ask to keep their mentor.",
                "The matching knows last year's " + Phrases.count(next.previousPairs(), "pair", "pairs") + ".",
                "A cohort cannot be deleted, and each cohort has only one next year's cohort.");
        return new Confirmation("Create " + next.name() + "?", lines, "/cohorts/" + next.fromCohortId() + "/next-year",
                Map.of(), "Create " + next.name(), "/cohorts/" + next.fromCohortId(), null);
    }

    @PostMapping("/cohorts/{id}/continuity-requests/{continuityId}/pin")
    String pin(@PathVariable long id, @PathVariable long continuityId, RedirectAttributes redirect) {
        try {
            ContinuityRequestView pinned = continuity.pin(id, continuityId);
            redirect.addFlashAttribute("saved", pinned.residentName() + " stays with " + pinned.mentorName()
                    + ": every run keeps the pair.");
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cohorts/" + id + "#continuity";
    }

    /** The preference form's continuity box, loaded into it: empty for a resident without a mentor last year. */
    @GetMapping("/preferences/{cohortId}/continuity")
    String offer(@PathVariable long cohortId, Model model) {
        ResidentMembership me = preferences.myForm(cohortId);
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("offer", continuity.offer(cohortId, me.residentId()).orElse(null));
        return "nextyear/continuity :: offer";
    }

    @PostMapping("/preferences/{cohortId}/continuity")
    String keepMentor(@PathVariable long cohortId, RedirectAttributes redirect) {
        ResidentMembership me = preferences.myForm(cohortId);
        try {
            ContinuityRequestView request = continuity.request(cohortId, me.residentId());
            redirect.addFlashAttribute("saved", "You asked to keep " + request.mentorName() + ". " + request.mentorName()
                    + " now heads your ranking, and your director sees the request.");
        } catch (StateConflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/preferences/" + cohortId;
    }
}
