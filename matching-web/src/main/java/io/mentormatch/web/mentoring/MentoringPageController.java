package io.mentormatch.web.mentoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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

import io.mentormatch.api.goal.Competency;
import io.mentormatch.api.goal.GoalRequest;
import io.mentormatch.api.goal.GoalService;
import io.mentormatch.api.goal.GoalView;
import io.mentormatch.api.meeting.MeetingFormat;
import io.mentormatch.api.meeting.MeetingLimitReached;
import io.mentormatch.api.cadence.MeetingSeries;
import io.mentormatch.api.meeting.MeetingService;
import io.mentormatch.api.meeting.MeetingTopics;
import io.mentormatch.api.meeting.MeetingView;
import io.mentormatch.api.cadence.MentoringService;
import io.mentormatch.api.cadence.MyPairing;
import io.mentormatch.api.meeting.NewMeeting;
import io.mentormatch.api.cadence.ReminderSettings;
import io.mentormatch.api.cadence.ReminderSettingsService;
import io.mentormatch.api.start.StartService;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.RefusalShownOn;

/**
 * "My mentoring" for residents and mentors: each current pairing with its next meeting due, a form to log a
 * meeting, the meetings (the other member confirms them), the pair's goals and the reminder switch.
 */
@Controller
class MentoringPageController {

    private final MentoringService mentoring;
    private final MeetingService meetings;
    private final GoalService goals;
    private final ReminderSettingsService reminders;
    private final Validator validator;
    private final StartService start;
    private final MeetingSeries series;
    private final MessageSource messages;

    MentoringPageController(MentoringService mentoring, MeetingService meetings, GoalService goals,
                            ReminderSettingsService reminders, Validator validator, StartService start,
                            MeetingSeries series, MessageSource messages) {
        this.messages = messages;
        this.start = start;
        this.mentoring = mentoring;
        this.meetings = meetings;
        this.goals = goals;
        this.reminders = reminders;
        this.validator = validator;
        this.series = series;
    }

    @GetMapping("/mentoring")
    String mine(Model model) {
        return page(model, null, FormErrors.none());
    }

    @PostMapping("/mentoring/{cohortId}/pairings/{pairingId}/meetings")
    String log(@PathVariable long cohortId, @PathVariable long pairingId, @Valid MeetingForm form, BindingResult binding,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            NewMeeting meeting = form.toMeeting();
            errors.add(validator.validate(meeting));
            if (errors.isEmpty()) {
                try {
                    meetings.log(cohortId, pairingId, meeting);
                    redirect.addFlashAttribute("saved", words("mentoring.saved.logged"));
                    return "redirect:/mentoring#pairing-" + pairingId;
                } catch (InvalidInput e) {
                    errors.add(e);
                } catch (MeetingLimitReached e) {
                    errors.add("date", e.getMessage());
                }
            }
        }
        errors.show(model, response);
        return page(model, pairingId, errors);
    }

    @RefusalShownOn("/mentoring#pairing-{pairingId}")
    @PostMapping("/mentoring/{cohortId}/pairings/{pairingId}/meetings/{meetingId}/confirm")
    String confirm(@PathVariable long cohortId, @PathVariable long pairingId, @PathVariable long meetingId,
                   RedirectAttributes redirect) {
        meetings.confirm(cohortId, pairingId, meetingId);
        redirect.addFlashAttribute("saved", words("mentoring.saved.confirmed"));
        return "redirect:/mentoring#pairing-" + pairingId;
    }

    @PostMapping("/mentoring/{cohortId}/pairings/{pairingId}/goals")
    String addGoal(@PathVariable long cohortId, @PathVariable long pairingId, GoalForm form, BindingResult binding,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        GoalRequest request = form.toRequest();
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            errors.add(validator.validate(request));
        }
        if (errors.isEmpty()) {
            try {
                goals.add(cohortId, pairingId, request);
                redirect.addFlashAttribute("saved", words("mentoring.saved.goalAdded"));
                return "redirect:/mentoring#goals-" + pairingId;
            } catch (StateConflict e) {
                errors.add("text", e.getMessage());
            }
        }
        errors.show(model, response);
        return page(model, pairingId, errors);
    }

    @PostMapping("/mentoring/reminders")
    String reminders(@RequestParam(defaultValue = "false") boolean optionalReminders, RedirectAttributes redirect) {
        reminders.set(new ReminderSettings(optionalReminders));
        redirect.addFlashAttribute("saved", words(optionalReminders ? "mentoring.saved.remindersOn" : "mentoring.saved.remindersOff"));
        return "redirect:/mentoring#reminders";
    }

    private String words(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String page(Model model, Long errorsFor, FormErrors errors) {
        List<MyPairing> pairings = mentoring.myPairings();
        Map<Long, List<MeetingView>> meetingsOf = new HashMap<>();
        Map<Long, List<GoalView>> goalsOf = new HashMap<>();
        Map<Long, Boolean> seriesOf = new HashMap<>();
        for (MyPairing p : pairings) {
            seriesOf.put(p.pairingId(), series.hasCommonHours(p.cohortId(), p.pairingId()));
            meetingsOf.put(p.pairingId(), meetings.list(p.cohortId(), p.pairingId()));
            goalsOf.put(p.pairingId(), goals.list(p.cohortId(), p.pairingId()));
        }
        model.addAttribute("pairings", pairings);
        model.addAttribute("toDos", start.mine().toDos());
        model.addAttribute("meetingsOf", meetingsOf);
        model.addAttribute("goalsOf", goalsOf);
        model.addAttribute("seriesOf", seriesOf);
        model.addAttribute("maxGoals", GoalService.MAX_GOALS);
        model.addAttribute("topics", MeetingTopics.LISTED);
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("reminders", reminders.mine());
        model.addAttribute("errorsFor", errorsFor);
        model.addAttribute("errors", errors.messages());
        model.addAttribute("today", java.time.LocalDate.now());
        return "mentoring/mine";
    }
}
