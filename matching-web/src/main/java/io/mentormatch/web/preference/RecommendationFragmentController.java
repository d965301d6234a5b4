package io.mentormatch.web.preference;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.mentormatch.api.mentor.MentorSuggestions;
import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceFormView;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.preference.ResidentMembership;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.web.system.FormErrors;
import io.mentormatch.web.system.Phrases;

/**
 * The parts of the preference form that htmx refreshes in place: the recommendations for the form as it is being
 * typed (nothing saved), and the mentors similar to one mentor of the list.
 */
@Controller
class RecommendationFragmentController {

    private static final int RECOMMENDATIONS = 5;
    private static final int SIMILAR = 3;

    private final PreferenceService preferences;
    private final MentorSuggestions suggestions;
    private final Validator validator;
    private final MessageSource messages;

    RecommendationFragmentController(PreferenceService preferences, MentorSuggestions suggestions, Validator validator,
                                     MessageSource messages) {
        this.preferences = preferences;
        this.suggestions = suggestions;
        this.validator = validator;
        this.messages = messages;
    }

    /**
     * A draft that breaks a rule of the form, or was read at another version, answers 400 with the messages; htmx
     * then keeps the list shown.
     */
    @PostMapping("/preferences/{cohortId}/recommendations")
    String draftRecommendations(@PathVariable long cohortId, @Valid PreferencePageForm posted, BindingResult binding,
                                Model model, HttpServletResponse response) {
        ResidentId resident = ResidentId.of(membership(cohortId).residentId());
        FormErrors errors = FormErrors.of(binding);
        PreferenceForm form = posted == null ? null : posted.toForm();
        if (form == null) {
            errors.add("version", Phrases.say(messages, "notice.preference.unreadable"));
        }
        if (errors.isEmpty()) {
            errors.add(validator.validate(form));
        }
        PreferenceFormView saved = preferences.form(cohortId, resident);
        // a draft of a version that is no longer the stored one would recommend for a form the resident cannot save
        if (errors.isEmpty() && posted.version() != saved.version()) {
            errors.add("version", Phrases.say(messages, "notice.preference.changedElsewhere"));
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("recommended",
                        preferences.draftRecommendations(cohortId, resident, form, RECOMMENDATIONS));
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            errors.show(model, response);
            return "preference/recommended :: invalid";
        }
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("rankedCodes", form.ranking());
        model.addAttribute("atLimit", form.ranking().size() >= saved.maxRankedMentors());
        model.addAttribute("ro", false);
        return "preference/recommended :: list";
    }

    /** The mentor is a query parameter: an id of the cohort's own, never of another cohort. None: nothing similar. */
    @GetMapping("/preferences/{cohortId}/similar")
    String similar(@PathVariable long cohortId, @RequestParam(required = false) String mentor, Model model) {
        membership(cohortId);
        model.addAttribute("similar", mentor == null || mentor.isBlank() ? List.of()
                : suggestions.similarTo(cohortId, MentorId.of(mentor.trim()), SIMILAR));
        return "preference/recommended :: similar";
    }

    private ResidentMembership membership(long cohortId) {
        return preferences.myForms().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a resident of this cohort"));
    }
}
