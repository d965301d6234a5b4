package io.mentormatch.web.mentoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.goal.Competency;
import io.mentormatch.api.goal.GoalNotFound;
import io.mentormatch.api.goal.GoalRequest;
import io.mentormatch.api.goal.GoalService;
import io.mentormatch.api.goal.GoalStatus;
import io.mentormatch.api.goal.GoalView;
import io.mentormatch.web.system.FormErrors;

/**
 * Changing and deleting one of the pair's goals: the resident or the mentor of the pairing, as the API allows (a goal
 * of another pair answers "not found", and no director reaches these pages). Deleting asks once more on its own page.
 */
@Controller
class GoalPageController {

    private static final String GOAL = "/mentoring/{cohortId}/pairings/{pairingId}/goals/{goalId}";

    private final GoalService goals;
    private final Validator validator;
    private final MessageSource messages;

    GoalPageController(GoalService goals, Validator validator, MessageSource messages) {
        this.messages = messages;
        this.goals = goals;
        this.validator = validator;
    }

    @GetMapping(GOAL + "/edit")
    String edit(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId, Model model) {
        GoalView goal = goal(cohortId, pairingId, goalId);
        return page(model, cohortId, goal, new GoalForm(goal.text(), goal.competency(), goal.status(), goal.targetDate()),
                FormErrors.none());
    }

    @PostMapping(GOAL + "/edit")
    String save(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId, GoalForm form,
                BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        GoalView goal = goal(cohortId, pairingId, goalId);
        GoalRequest request = form.toRequest();
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            errors.add(validator.validate(request));
        }
        if (!errors.isEmpty()) {
            errors.show(model, response);
            return page(model, cohortId, goal, form, errors);
        }
        goals.update(cohortId, pairingId, goalId, request);
        redirect.addFlashAttribute("saved", words("mentoring.saved.goal", request.text(),
                words("goal.status." + statusOf(request).name())));
        return "redirect:/mentoring#goals-" + pairingId;
    }

    @GetMapping(GOAL + "/delete")
    String confirmDelete(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId,
                         Model model) {
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("goal", goal(cohortId, pairingId, goalId));
        return "mentoring/goal-delete";
    }

    @PostMapping(GOAL + "/delete")
    String delete(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long goalId,
                  RedirectAttributes redirect) {
        GoalView goal = goal(cohortId, pairingId, goalId);
        goals.remove(cohortId, pairingId, goalId);
        redirect.addFlashAttribute("saved", words("mentoring.saved.goalDeleted", goal.text()));
        return "redirect:/mentoring#goals-" + pairingId;
    }

    private GoalView goal(long cohortId, long pairingId, long goalId) {
        return goals.list(cohortId, pairingId).stream().filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new GoalNotFound(pairingId, goalId));
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static GoalStatus statusOf(GoalRequest request) {
        return request.status() == null ? GoalStatus.NOT_STARTED : request.status();
    }

    private static String page(Model model, long cohortId, GoalView goal, GoalForm form, FormErrors errors) {
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("goal", goal);
        model.addAttribute("form", form);
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("errors", errors.messages());
        return "mentoring/goal-edit";
    }
}
