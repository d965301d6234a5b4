package io.mentormatch.api.change;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.proposal.MinimalChange;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/**
 * The director's answer to a change request: approve with the new mentor's cohort code, approve with the moves of a
 * minimal-change re-match ({@code minimalChange}), or decline with a reason.
 */
public record ChangeDecision(@NotNull Boolean approve, @Size(max = TextLimits.CODE) String mentor,
                             @Size(max = TextLimits.REASON) @FreeText String reason, @Valid MinimalChange minimalChange) {

    public static ChangeDecision approve(String mentor) {
        return new ChangeDecision(true, mentor, null, null);
    }

    public static ChangeDecision approveMoves(MinimalChange minimalChange) {
        return new ChangeDecision(true, null, null, minimalChange);
    }

    public static ChangeDecision decline(String reason) {
        return new ChangeDecision(false, null, reason, null);
    }

    /** What the field annotations cannot say: which field each answer needs. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean mentorGiven = mentor != null && !mentor.isBlank();
        if (Boolean.TRUE.equals(approve) && !mentorGiven && minimalChange == null) {
            problems.add(FieldProblem.of("mentor", "is required to approve, unless minimalChange is given"));
        }
        if (Boolean.TRUE.equals(approve) && mentorGiven && minimalChange != null) {
            problems.add(FieldProblem.of("minimalChange", "give either a mentor or minimalChange, not both"));
        }
        if (Boolean.FALSE.equals(approve) && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", "is required to decline"));
        }
        return problems;
    }
}
