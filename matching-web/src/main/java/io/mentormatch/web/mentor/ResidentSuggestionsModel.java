package io.mentormatch.web.mentor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.mentormatch.api.mentor.MentorMembership;
import io.mentormatch.api.mentor.MentorProfile;
import io.mentormatch.api.mentor.MentorSuggestions;
import io.mentormatch.api.mentor.SuggestedResident;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.core.cohort.MentorId;

/**
 * The "residents who would fit you" part of the mentor's profile page: the suggestions to choose preferred
 * residents from while the roster is editable, and the chosen ones that are not among them.
 */
@Component
class ResidentSuggestionsModel {

    private static final int SUGGESTIONS = 10;

    private final MentorSuggestions suggestions;

    ResidentSuggestionsModel(MentorSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    void addTo(Model model, MentorMembership me, MentorProfile profile) {
        List<SuggestedResident> suggested = me.state().rosterEditable() ? suggested(me) : List.of();
        Set<String> codes = suggested.stream().map(SuggestedResident::residentId).collect(Collectors.toSet());
        model.addAttribute("suggestedResidents", suggested);
        model.addAttribute("otherPreferred", profile.preferredResidents().stream()
                .filter(code -> !codes.contains(code)).toList());
    }

    /** A roster that does not make a valid cohort yet has no suggestions: the page says so rather than fail. */
    private List<SuggestedResident> suggested(MentorMembership me) {
        try {
            return suggestions.residentsFor(me.cohortId(), MentorId.of(me.mentorId()), SUGGESTIONS);
        } catch (StateConflict e) {
            return List.of();
        }
    }
}
