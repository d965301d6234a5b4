package io.mentormatch.web.nextyear;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
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
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.Phrases;
import io.mentormatch.web.system.RefusalShownOn;

/**
 * Next year from this one: the director starts it from a published cohort and pins the continuity requests; a
 * continuing resident asks, from their preference form, to keep last year's mentor.
 */
@Controller
class NextYearPageController {

    private final NextYearCohorts nextYear;
    private final ContinuityRequests continuity;
    private final PreferenceService preferences;
    private final MessageSource messages;

    NextYearPageController(NextYearCohorts nextYear, ContinuityRequests continuity, PreferenceService preferences,
                           MessageSource messages) {
        this.nextYear = nextYear;
        this.continuity = continuity;
        this.preferences = preferences;
        this.messages = messages;
    }

    @RefusalShownOn("/cohorts/{id}")
    @PostMapping("/cohorts/{id}/next-year")
    String createNextYear(@PathVariable long id, Model model, RedirectAttributes redirect,
                          @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed) {
        if (!Confirmation.given(confirmed)) {
            return confirmation(nextYear.preview(id)).show(model);
        }
        CohortView next = nextYear.create(id);
        redirect.addFlashAttribute("saved", say("notice.nextYear.created", next.name()));
        return "redirect:/cohorts/" + next.id();
    }

    private Confirmation confirmation(NextYearPreview next) {
        List<String> lines = List.of(
                say("confirm.nextYear.created", next.name(), next.academicYear(), next.fromName()),
                say("confirm.nextYear.carried", next.mentors(), next.residents()),
                say("confirm.nextYear.pairs", next.previousPairs()),
                say("confirm.nextYear.final"));
        return new Confirmation(say("confirm.nextYear.title", next.name()), lines,
                "/cohorts/" + next.fromCohortId() + "/next-year", Map.of(), say("confirm.nextYear.button", next.name()),
                "/cohorts/" + next.fromCohortId(), null);
    }

    @RefusalShownOn("/cohorts/{id}#continuity")
    @PostMapping("/cohorts/{id}/continuity-requests/{continuityId}/pin")
    String pin(@PathVariable long id, @PathVariable long continuityId, RedirectAttributes redirect) {
        ContinuityRequestView pinned = continuity.pin(id, continuityId);
        redirect.addFlashAttribute("saved", say("notice.nextYear.pinned", pinned.residentName(), pinned.mentorName()));
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

    @RefusalShownOn("/preferences/{cohortId}")
    @PostMapping("/preferences/{cohortId}/continuity")
    String keepMentor(@PathVariable long cohortId, RedirectAttributes redirect) {
        ResidentMembership me = preferences.myForm(cohortId);
        ContinuityRequestView request = continuity.request(cohortId, me.residentId());
        redirect.addFlashAttribute("saved", say("notice.nextYear.keep", request.mentorName()));
        return "redirect:/preferences/" + cohortId;
    }

    private String say(String key, Object... arguments) {
        return Phrases.say(messages, key, arguments);
    }
}
