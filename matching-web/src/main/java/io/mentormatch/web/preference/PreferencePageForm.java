package io.mentormatch.web.preference;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.text.TextLimits;

/**
 * The preference form as the page posts it: the form itself (whose rules are those of {@link PreferenceForm}), the
 * version it was read at, and which button was pressed: save a draft, submit, or edit the ranking in place
 * ({@code add}, or {@code action=add} with {@code addMentor}; {@code move} such as {@code up:M001}); and whether the
 * resident chose to submit without ranking anyone.
 */
record PreferencePageForm(@NotNull Long version, String careerGoal, List<String> interests, List<String> availability,
                          List<String> ranking, List<String> avoid, Boolean openToOtherSpecialties,
                          @Size(max = TextLimits.CODE) String add, @Size(max = TextLimits.CODE) String addMentor,
                          @Size(max = TextLimits.CODE + 7) String move, String action, Boolean withoutRanking) {

    PreferenceForm toForm() {
        return new PreferenceForm(careerGoal == null ? "" : careerGoal, nonBlank(interests), orEmpty(availability),
                orEmpty(ranking), orEmpty(avoid), Boolean.TRUE.equals(openToOtherSpecialties));
    }

    /** A ranking edit, shown again unsaved, rather than a save. */
    boolean edits() {
        return add != null || move != null || "add".equals(action);
    }

    /** The mentor to add to the ranking, if any. */
    String added() {
        return "add".equals(action) ? addMentor : add;
    }

    boolean submits() {
        return "submit".equals(action);
    }

    boolean submitsWithoutRanking() {
        return Boolean.TRUE.equals(withoutRanking);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> nonBlank(List<String> values) {
        return orEmpty(values).stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
