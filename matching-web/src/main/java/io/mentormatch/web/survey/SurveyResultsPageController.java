package io.mentormatch.web.survey;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.survey.CohortSurveyResults;
import io.mentormatch.api.survey.SurveyDefinition;
import io.mentormatch.api.survey.SurveyDefinitions;
import io.mentormatch.api.survey.SurveyNotFound;
import io.mentormatch.api.survey.SurveyResults;
import io.mentormatch.api.survey.SurveyScale;
import io.mentormatch.api.survey.SurveySettings;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.NotFound;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.web.proposal.Bar;
import io.mentormatch.web.system.FormErrors;

/**
 * The director's survey pages: response rates and results (aggregates only, released in steps), the privacy setting
 * (which only an administrator switches on), and the editor of the surveys' wording.
 */
@Controller
class SurveyResultsPageController {

    private final CohortService cohorts;
    private final SurveyResults results;
    private final SurveyDefinitions definitions;
    private final AccessPolicy access;
    private final MessageSource messages;

    SurveyResultsPageController(CohortService cohorts, SurveyResults results, SurveyDefinitions definitions,
                                AccessPolicy access, MessageSource messages) {
        this.messages = messages;
        this.cohorts = cohorts;
        this.results = results;
        this.definitions = definitions;
        this.access = access;
    }

    @GetMapping("/cohorts/{id}/surveys")
    String results(@PathVariable long id, Model model) {
        CohortSurveyResults shown = results.results(id);
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("results", shown);
        model.addAttribute("rates", shown.surveys().stream().map(k -> new Bar(k.kind().title(), k.responses(),
                Math.max(k.expected(), k.responses()), words("survey.results.rateShort", k.responses(), k.expected()))).toList());
        model.addAttribute("distributions", shown.surveys().stream().map(SurveyResultsPageController::distribution).toList());
        model.addAttribute("answers", results.individualAnswers(id));
        model.addAttribute("mayShowIndividualAnswers", access.isAdmin());
        return "survey/results";
    }

    @PostMapping("/cohorts/{id}/surveys/settings")
    String settings(@PathVariable long id, @RequestParam(defaultValue = "false") boolean showIndividualAnswers,
                    RedirectAttributes redirect) {
        definitions.changeSettings(id, new SurveySettings(showIndividualAnswers));
        redirect.addFlashAttribute("saved", words(showIndividualAnswers ? "survey.saved.singleOn" : "survey.saved.singleOff"));
        return "redirect:/cohorts/" + id + "/surveys";
    }

    @GetMapping("/cohorts/{id}/surveys/questions")
    String editor(@PathVariable long id, Model model) {
        return editor(id, null, null, FormErrors.none(), model);
    }

    @PostMapping("/cohorts/{id}/surveys/questions")
    String reword(@PathVariable long id, QuestionsForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                definitions.reword(id, form.kind(), form.toQuestions());
                redirect.addFlashAttribute("saved", words("survey.saved.questions"));
                return "redirect:/cohorts/" + id + "/surveys/questions#" + form.kind();
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (NotFound e) {
                errors.add("form", e.getMessage());
            }
        }
        errors.show(model, response);
        return editor(id, form.kind(), form, errors, model);
    }

    /** Back to the default wording of one survey; nothing to reset is no error. */
    @PostMapping("/cohorts/{id}/surveys/questions/reset")
    String resetToDefaults(@PathVariable long id, @RequestParam(defaultValue = "") String kind, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        try {
            SurveyDefinition reset = definitions.resetToDefaults(id, kind);
            redirect.addFlashAttribute("saved", words("survey.saved.reset", reset.kind().title()));
            return "redirect:/cohorts/" + id + "/surveys/questions#" + reset.slug();
        } catch (SurveyNotFound e) {
            FormErrors errors = FormErrors.none().add("form", e.getMessage());
            errors.show(model, response);
            return editor(id, null, null, errors, model);
        }
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The editor; the form posted with errors is shown again as sent, the other surveys as saved. */
    private String editor(long id, String editedKind, QuestionsForm edited, FormErrors errors, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("definitions", definitions.definitions(id));
        model.addAttribute("editedKind", editedKind);
        model.addAttribute("edited", edited);
        model.addAttribute("errors", errors.messages());
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("questionLimit", TextLimits.NAME);
        return "survey/questions";
    }

    /** The answers 1 to 5 as bars, or none while the survey has too few answers to show. */
    private static List<Bar> distribution(CohortSurveyResults.KindResults k) {
        if (k.suppressed()) {
            return List.of();
        }
        int max = k.distribution().stream().mapToInt(Integer::intValue).max().orElse(0);
        return IntStream.rangeClosed(1, 5).mapToObj(score -> new Bar(SurveyScale.label(score), k.distribution().get(score - 1),
                max, null)).toList();
    }
}
