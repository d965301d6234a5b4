package io.mentormatch.web.preference;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.mentor.MentorSuggestions;
import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.preference.RecommendedMentor;
import io.mentormatch.api.preference.ResidentMembership;
import io.mentormatch.api.system.TextLimits;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;

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

    RecommendationFragmentController(PreferenceService preferences, MentorSuggestions suggestions) {
        this.preferences = preferences;
        this.suggestions = suggestions;
    }

    /** A draft that does not bind (e.g. an oversized field) gets the recommendations of the saved form. */
    @PostMapping("/preferences/{cohortId}/recommendations")
    String draftRecommendations(@PathVariable long cohortId, @Valid PreferencePageForm posted, BindingResult binding,
                                Model model) {
        ResidentId resident = ResidentId.of(membership(cohortId).residentId());
        List<RecommendedMentor> recommended = binding.hasErrors() || posted == null
                ? preferences.recommendations(cohortId, resident, RECOMMENDATIONS)
                : preferences.draftRecommendations(cohortId, resident, draft(posted.toForm()), RECOMMENDATIONS);
        PreferenceForm form = posted == null ? null : posted.toForm();
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("recommended", recommended);
        model.addAttribute("rankedCodes", form == null ? List.of() : form.ranking());
        model.addAttribute("ro", false);
        return "preference/recommended :: list";
    }

    @GetMapping("/preferences/{cohortId}/mentors/{mentorId}/similar")
    String similar(@PathVariable long cohortId, @PathVariable String mentorId, Model model) {
        membership(cohortId);
        model.addAttribute("similar", suggestions.similarTo(cohortId, MentorId.of(mentorId), SIMILAR));
        return "preference/recommended :: similar";
    }

    /** Only the fields that shape a recommendation, each cut to what a saved form may hold. */
    private static PreferenceForm draft(PreferenceForm form) {
        return new PreferenceForm(form.careerGoal(), form.interests().stream()
                .filter(interest -> interest.length() <= TextLimits.INTEREST).limit(TextLimits.INTERESTS).toList(),
                form.availability(), form.ranking().stream().limit(TextLimits.MENTOR_CODES).toList(),
                form.avoid().stream().limit(TextLimits.MENTOR_CODES).toList(), form.openToOtherSpecialties());
    }

    private ResidentMembership membership(long cohortId) {
        return preferences.myForms().stream().filter(m -> m.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a resident of this cohort"));
    }
}
