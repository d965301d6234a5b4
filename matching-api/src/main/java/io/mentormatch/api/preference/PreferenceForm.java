package io.mentormatch.api.preference;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * What a resident says about themself and the mentors they want: the editable part of the form.
 *
 * @param availability hour-of-week slots such as {@code MON-18}
 * @param ranking      mentor ids, best first, at most the cohort's limit
 * @param avoid        mentor ids the resident must never get
 * @param openToOtherSpecialties a preference only, true when left out
 */
public record PreferenceForm(
        @Size(max = TextLimits.NAME) @PlainText String careerGoal,
        @Size(max = TextLimits.INTERESTS, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.INTEREST) @PlainText String> interests,
        @Size(max = TextLimits.SLOTS, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.SLOT) String> availability,
        @Size(max = TextLimits.MENTOR_CODES, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.CODE) String> ranking,
        @Size(max = TextLimits.MENTOR_CODES, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.CODE) String> avoid,
        Boolean openToOtherSpecialties) {

    public PreferenceForm {
        careerGoal = careerGoal == null ? "" : careerGoal.trim();
        interests = interests == null ? List.of() : interests.stream().map(PreferenceForm::trim).toList();
        availability = availability == null ? List.of() : availability.stream().map(PreferenceForm::trim).toList();
        ranking = ranking == null ? List.of() : ranking.stream().map(PreferenceForm::trim).toList();
        avoid = avoid == null ? List.of() : avoid.stream().map(PreferenceForm::trim).toList();
        openToOtherSpecialties = !Boolean.FALSE.equals(openToOtherSpecialties);
    }

    /**
     * What a submitted form lacks: a ranked mentor and some free hours, unless the resident chose to submit without
     * a ranking (the matching then chooses from their answers). A draft may lack anything.
     */
    public List<FieldProblem> submissionProblems(boolean withoutRanking) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ranking.isEmpty() && !withoutRanking) {
            problems.add(FieldProblem.of("ranking", "Rank at least one mentor before you submit, or tick \"Submit"
                    + " without a ranking\" to let the matching choose from your answers."));
        }
        if (availability.isEmpty()) {
            problems.add(FieldProblem.of("availability", "Tick the hours you are free each week before you submit:"
                    + " mentors are matched partly on common hours."));
        }
        return problems;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
