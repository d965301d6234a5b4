package io.mentormatch.api.change;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.TextLimits;

/**
 * The director's answer to a change request: approve with the new mentor's cohort code, or decline with a reason.
 */
public record ChangeDecision(@NotNull Boolean approve, @Size(max = TextLimits.CODE) String mentor,
                             @Size(max = TextLimits.REASON) String reason) {

    public static ChangeDecision approve(String mentor) {
        return new ChangeDecision(true, mentor, null);
    }

    public static ChangeDecision decline(String reason) {
        return new ChangeDecision(false, null, reason);
    }

    /** What the field annotations cannot say: which field each answer needs. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(approve) && (mentor == null || mentor.isBlank())) {
            problems.add(FieldProblem.of("mentor", "is required to approve"));
        }
        if (Boolean.FALSE.equals(approve) && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", "is required to decline"));
        }
        return problems;
    }
}
