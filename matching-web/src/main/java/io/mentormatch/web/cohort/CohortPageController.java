package io.mentormatch.web.cohort;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortSettings;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.PeerLayerInUse;
import io.mentormatch.api.cadence.CadenceService;
import io.mentormatch.api.nextyear.ContinuityRequests;
import io.mentormatch.api.nextyear.NextYearCohorts;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.web.dashboard.CohortFigures;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Formats;
import io.mentormatch.web.system.RefusalShownOn;

/** One cohort for its director: stage, counts, settings and weights, and the next lifecycle step. */
@Controller
class CohortPageController {

    private final CohortService cohorts;
    private final CohortFigures figures;
    private final Validator validator;
    private final Formats formats;
    private final ContinuityRequests continuity;
    private final CadenceService cadences;
    private final MessageSource messages;

    CohortPageController(CohortService cohorts, CohortFigures figures, Validator validator, Formats formats,
                         ContinuityRequests continuity, CadenceService cadences, MessageSource messages) {
        this.messages = messages;
        this.continuity = continuity;
        this.cadences = cadences;
        this.cohorts = cohorts;
        this.figures = figures;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/cohorts/{id}")
    String cohort(@PathVariable long id, Model model) {
        CohortView cohort = cohorts.get(id);
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", SettingsForm.of(cohort, formats.zone()));
        }
        return page(cohort, model);
    }

    @PostMapping("/cohorts/{id}/settings")
    String saveSettings(@PathVariable long id, @Valid @ModelAttribute("settings") SettingsForm form, BindingResult binding,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            CohortSettings settings = form.toSettings(formats.zone());
            errors.add(validator.validate(settings));
            if (errors.isEmpty()) {
                try {
                    cohorts.updateSettings(id, settings);
                    redirect.addFlashAttribute("saved", words("cohort.saved"));
                    return "redirect:/cohorts/" + id + "#settings";
                } catch (InvalidInput e) {
                    errors.add(e);
                } catch (ConcurrentEdit e) {
                    model.addAttribute("conflict", e.getMessage());
                    response.setStatus(HttpStatus.CONFLICT.value());
                } catch (PeerLayerInUse e) {
                    errors.add("peerMentoring", words("cohort.peer.staysOn", e.getMessage().replaceFirst(
                            "^peer mentoring cannot be turned off: ", "")));
                }
            }
        }
        errors.show(model, response);
        CohortView cohort = cohorts.get(id);
        if (model.getAttribute("settings") == null) {
            model.addAttribute("settings", SettingsForm.of(cohort, formats.zone()));
        }
        return page(cohort, model);
    }

    @RefusalShownOn("/cohorts/{id}")
    @PostMapping("/cohorts/{id}/stage")
    String nextStage(@PathVariable long id, @Valid StageForm form, RedirectAttributes redirect) {
        CohortView moved = cohorts.transition(id, form.target());
        redirect.addFlashAttribute("saved", words("cohort.moved", formats.stage(moved.state())));
        return "redirect:/cohorts/" + id;
    }

    private String page(CohortView cohort, Model model) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("counts", figures.of(cohort.id()));
        model.addAttribute("continuity", continuity.list(cohort.id()));
        if (!model.containsAttribute("cadence")) {
            model.addAttribute("cadence", cadences.get(cohort.id()));
        }
        if (!model.containsAttribute("cadenceErrors")) {
            model.addAttribute("cadenceErrors", Map.of());
        }
        model.addAttribute("nextYearPossible", NextYearCohorts.startsFrom(cohort.state()));
        model.addAttribute("weights", Weight.ALL);
        model.addAttribute("stages", CohortState.values());
        model.addAttribute("nextStage", cohort.state().next()
                .filter(s -> s != CohortState.PROPOSED && s != CohortState.PUBLISHED).orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "cohort/cohort";
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
