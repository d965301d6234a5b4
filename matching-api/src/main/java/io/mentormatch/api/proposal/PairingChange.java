package io.mentormatch.api.proposal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A director's hand edit: give {@code resident} to {@code mentor} (REASSIGN), or exchange the mentors of
 * {@code resident} and {@code otherResident} (SWAP). Residents and mentors by their cohort codes.
 */
public record PairingChange(@NotNull Kind kind, @NotBlank @Size(max = 64) String resident,
                            @Size(max = 64) String otherResident, @Size(max = 64) String mentor) {

    public enum Kind {
        REASSIGN,
        SWAP
    }

    @AssertTrue(message = "a reassignment names the mentor")
    boolean isMentorGivenForReassign() {
        return kind != Kind.REASSIGN || (mentor != null && !mentor.isBlank());
    }

    @AssertTrue(message = "a swap names the other resident, who differs from the first")
    boolean isOtherResidentGivenForSwap() {
        return kind != Kind.SWAP || (otherResident != null && !otherResident.isBlank() && !otherResident.equals(resident));
    }
}
