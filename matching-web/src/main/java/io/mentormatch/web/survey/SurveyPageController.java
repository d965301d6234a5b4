package io.mentormatch.web.survey;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.survey.SurveyScale;
import io.mentormatch.api.survey.SurveyService;
import io.mentormatch.api.survey.SurveyView;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;

/**
 * A resident's or mentor's check-in surveys: those due, and one survey's answer form. After a poor-fit answer the
 * resident is offered, in confidence, to ask the director for another mentor.
 */
@Controller
class SurveyPageController {

    private final SurveyService surveys;
    private final MessageSource messages;

    SurveyPageController(SurveyService surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/surveys")
    String due(Model model) {
        model.addAttribute("surveys", surveys.mySurveys());
        return "survey/list";
    }

    @GetMapping("/surveys/{surveyId}")
    String survey(@PathVariable String surveyId, Model model) {
        return page(surveys.survey(surveyId), new AnswerForm(null, null, ""), FormErrors.none(), model);
    }

    @PostMapping("/surveys/{surveyId}")
    String answer(@PathVariable String surveyId, AnswerForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        SurveyView survey = surveys.survey(surveyId);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                SurveyView answered = surveys.answer(surveyId, form.toAnswer());
                redirect.addFlashAttribute("saved",
                        messages.getMessage("survey.saved.answer", null, LocaleContextHolder.getLocale()));
                return "redirect:/surveys/" + answered.surveyId();
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                model.addAttribute("problem", e.getMessage());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        errors.show(model, response);
        return page(survey, form, errors, model);
    }

    private static String page(SurveyView survey, AnswerForm form, FormErrors errors, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("scale", SurveyScale.LABELS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.messages());
        return "survey/answer";
    }
}
