package io.mentormatch.web.mentoring;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cadence.Cadence;
import io.mentormatch.api.cadence.CadenceService;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Phrases;

/** The cohort's meeting cadence, set from the cohort page: the first meeting within N weeks, then every M weeks. */
@Controller
class CadencePageController {

    private final CadenceService cadences;
    private final MessageSource messages;

    CadencePageController(CadenceService cadences, MessageSource messages) {
        this.cadences = cadences;
        this.messages = messages;
    }

    @PostMapping("/cohorts/{id}/cadence")
    String save(@PathVariable long id, @Valid @ModelAttribute("cadence") Cadence cadence, BindingResult binding,
                RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            cadences.set(id, cadence);
            redirect.addFlashAttribute("saved", Phrases.say(messages, "notice.cadence.saved", cadence.firstMeetingWeeks(),
                    cadence.everyWeeks()));
        } else {
            redirect.addFlashAttribute("problem", Phrases.say(messages, "notice.cadence.problem"));
            redirect.addFlashAttribute("cadence", cadence);
            redirect.addFlashAttribute("cadenceErrors", errors.messages());
        }
        return "redirect:/cohorts/" + id + "#cadence";
    }
}
