package io.mentormatch.web.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.proposal.PairingChange;
import io.mentormatch.api.text.TextLimits;

/** A hand edit of the pairings as the review page posts it: swap two residents' mentors, or reassign one. */
record ChangeForm(@NotNull PairingChange.Kind kind, @NotBlank @Size(max = TextLimits.CODE) String resident,
                  @Size(max = TextLimits.CODE) String mentor, @Size(max = TextLimits.CODE) String otherResident) {

    PairingChange toChange() {
        return kind == PairingChange.Kind.SWAP
                ? new PairingChange(kind, resident, otherResident, null)
                : new PairingChange(kind, resident, null, mentor);
    }
}
