package io.mentormatch.web.preference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceFormView;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.preference.RecommendedMentor;
import io.mentormatch.api.preference.ResidentMembership;
import io.mentormatch.api.roster.MentorSummary;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.web.system.CalendarImport;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.ProfileInputs;

/**
 * The resident's preference form. Adding a mentor to the ranking and moving one up or down also work without
 * script: those buttons post the form, which comes back re-ordered and unsaved; with script they act in place.
 */
@Controller
class PreferencePageController {

    private static final int RECOMMENDATIONS = 5;

    private final PreferenceService preferences;
    private final RosterService rosters;
    private final Validator validator;
    private final CalendarImport calendars;
    private final MessageSource messages;

    PreferencePageController(PreferenceService preferences, RosterService rosters, Validator validator,
                             CalendarImport calendars, MessageSource messages) {
        this.messages = messages;
        this.calendars = calendars;
        this.preferences = preferences;
        this.rosters = rosters;
        this.validator = validator;
    }

    @GetMapping("/preferences")
    String myForms(Model model) {
        List<ResidentMembership> forms = preferences.myForms();
        if (forms.size() == 1) {
            return "redirect:/preferences/" + forms.get(0).cohortId();
        }
        model.addAttribute("forms", forms);
        return "preference/list";
    }

    @GetMapping("/preferences/{cohortId}")
    String form(@PathVariable long cohortId, Model model) {
        ResidentMembership me = preferences.myForm(cohortId);
        PreferenceFormView view = preferences.form(cohortId, ResidentId.of(me.residentId()));
        return page(me, view, view.form(), view.version(), FormErrors.none(), model);
    }

    @PostMapping("/preferences/{cohortId}")
    String save(@PathVariable long cohortId, @Valid PreferencePageForm posted, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        ResidentMembership me = preferences.myForm(cohortId);
        ResidentId resident = ResidentId.of(me.residentId());
        FormErrors errors = FormErrors.of(binding);
        if (posted == null) {
            PreferenceFormView saved = preferences.form(cohortId, resident);
            errors.show(model, response);
            return page(me, saved, saved.form(), saved.version(), errors, model);
        }
        PreferenceForm form = posted.toForm();
        long version = posted.version() == null ? 0 : posted.version();
        PreferenceFormView saved = preferences.form(cohortId, resident);
        if (errors.isEmpty() && posted.edits()) {
            List<String> ranking = reorder(form.ranking(), posted.added(), posted.move());
            if (ranking.size() > saved.maxRankedMentors()) {
                errors.add("ranking", words("preference.ranking.full", saved.maxRankedMentors()));
                ranking = form.ranking();
            }
            PreferenceForm edited = new PreferenceForm(form.careerGoal(), form.interests(), form.availability(),
                    ranking, form.avoid(), form.openToOtherSpecialties());
            errors.show(model, response);
            model.addAttribute("withoutRanking", posted.submitsWithoutRanking());
            return page(me, saved, edited, version, errors, model);
        }
        if (errors.isEmpty()) {
            errors.add(validator.validate(form));
        }
        if (errors.isEmpty() && posted.submits()) {
            form.submissionProblems(posted.submitsWithoutRanking()).forEach(p -> errors.add(p.field(), p.message()));
        }
        if (errors.isEmpty()) {
            try {
                preferences.save(cohortId, resident, version, form);
                redirect.addFlashAttribute("saved", words(posted.submits() ? "preference.saved.submitted"
                        : "preference.saved.draft"));
                return "redirect:/preferences/" + cohortId;
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                FormErrors.conflict(e, "form", model, response);
            }
        }
        errors.show(model, response);
        model.addAttribute("withoutRanking", posted.submitsWithoutRanking());
        return page(me, saved, form, version, errors, model);
    }

    /** The import step (issue 23): a calendar file or address proposes the grid, which the form then shows unsaved. */
    @GetMapping("/preferences/{cohortId}/calendar")
    String calendar(@PathVariable long cohortId, Model model) {
        preferences.myForm(cohortId);
        return calendars.ask(CalendarImport.Form.preferences(cohortId), model);
    }

    @PostMapping("/preferences/{cohortId}/calendar")
    String fromCalendar(@PathVariable long cohortId, @RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "url", required = false) String url, Model model,
                        HttpServletResponse response) throws IOException {
        ResidentMembership me = preferences.myForm(cohortId);
        PreferenceFormView saved = preferences.form(cohortId, ResidentId.of(me.residentId()));
        PreferenceForm form = saved.form();
        return calendars.read(CalendarImport.Form.preferences(cohortId), cohortId, file, url, model, response,
                proposal -> page(me, saved, new PreferenceForm(form.careerGoal(), form.interests(),
                        proposal.availability(), form.ranking(), form.avoid(), form.openToOtherSpecialties()),
                        saved.version(), FormErrors.none(), model));
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String page(ResidentMembership me, PreferenceFormView view, PreferenceForm form, long version,
                        FormErrors errors, Model model) {
        List<MentorSummary> mentors = rosters.mentors(me.cohortId());
        Map<String, MentorSummary> byCode = new LinkedHashMap<>();
        mentors.forEach(m -> byCode.put(m.code(), m));
        model.addAttribute("membership", me);
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors.messages());
        model.addAttribute("mentors", mentors);
        model.addAttribute("mentorsByCode", byCode);
        model.addAttribute("ranked", form.ranking().stream().map(byCode::get).filter(Objects::nonNull).toList());
        model.addAttribute("unranked", mentors.stream().filter(m -> !form.ranking().contains(m.code())).toList());
        model.addAttribute("recommended", recommendations(me, view, form));
        model.addAttribute("atLimit", form.ranking().size() >= view.maxRankedMentors());
        model.addAttribute("suggestions", suggestions(mentors));
        model.addAttribute("specialties", new TreeSet<>(mentors.stream().map(MentorSummary::specialty).toList()));
        ProfileInputs.addTo(model, form.interests(), form.availability());
        return "preference/form";
    }

    /** For the form as shown, saved or not: after "Add" they follow the new ranking, not the saved one. */
    private List<RecommendedMentor> recommendations(ResidentMembership me, PreferenceFormView view, PreferenceForm form) {
        ResidentId resident = ResidentId.of(me.residentId());
        if (form.equals(view.form()) || !view.editable()) {
            return preferences.recommendations(me.cohortId(), resident, RECOMMENDATIONS);
        }
        try {
            return preferences.draftRecommendations(me.cohortId(), resident, form, RECOMMENDATIONS);
        } catch (InvalidInput e) {
            // the form's own field messages say what is wrong; meanwhile the saved form's recommendations stand
            return preferences.recommendations(me.cohortId(), resident, RECOMMENDATIONS);
        }
    }

    /** Moves a mentor in the ranking ({@code up:M001}, {@code down:M001}, {@code remove:M001}) or adds one at the end. */
    private static List<String> reorder(List<String> ranking, String add, String move) {
        List<String> result = new ArrayList<>(ranking);
        if (add != null && !add.isBlank() && !result.contains(add)) {
            result.add(add);
        }
        if (move != null && move.contains(":")) {
            String direction = move.substring(0, move.indexOf(':'));
            String code = move.substring(move.indexOf(':') + 1);
            int at = result.indexOf(code);
            if (at >= 0) {
                switch (direction) {
                    case "up" -> { if (at > 0) { result.add(at - 1, result.remove(at)); } }
                    case "down" -> { if (at < result.size() - 1) { result.add(at + 1, result.remove(at)); } }
                    case "remove" -> result.remove(at);
                    default -> { }
                }
            }
        }
        return result;
    }

    /** The interests other people of the cohort wrote, offered as suggestions while typing. */
    private static Collection<String> suggestions(List<MentorSummary> mentors) {
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        mentors.forEach(m -> all.addAll(m.interests()));
        return all;
    }
}
