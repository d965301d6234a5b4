package io.mentormatch.api.proposal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

import io.mentormatch.api.problem.FieldProblem;

/**
 * A director's hand edit: give {@code resident} to {@code mentor} (REASSIGN), or exchange the mentors of
 * {@code resident} and {@code otherResident} (SWAP). Residents and mentors by their cohort codes.
 */
public record PairingChange(@NotNull Kind kind, @NotBlank @Size(max = TextLimits.CODE) String resident,
                            @Size(max = TextLimits.CODE) String otherResident, @Size(max = TextLimits.CODE) String mentor) {

    public enum Kind {
        REASSIGN,
        SWAP
    }

    /** What the field annotations cannot say: which of the optional fields this kind of change needs. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == Kind.REASSIGN && (mentor == null || mentor.isBlank())) {
            problems.add(FieldProblem.of("mentor", "is required to reassign"));
        }
        if (kind == Kind.SWAP && (otherResident == null || otherResident.isBlank())) {
            problems.add(FieldProblem.of("otherResident", "is required to swap"));
        }
        if (kind == Kind.SWAP && resident != null && resident.equals(otherResident)) {
            problems.add(FieldProblem.of("otherResident", "must differ from resident"));
        }
        return problems;
    }
}
