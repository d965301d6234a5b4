package io.mentormatch.api.proposal;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/**
 * The director's minimal-change re-match: preview or apply it, for a change request (instead of a chosen mentor) or for
 * a resident re-matched after a decline.
 *
 * @param k             how many other residents may move, 0 to 5: required, so a body that says nothing is refused
 * @param allowAccepted residents with an accepted pairing the director lets move
 * @param stamp         the preview's stamp, when the caller wants the approval refused if the pairings changed since
 */
public record MinimalChange(@NotNull @Min(0) @Max(MinimalChangePreview.MAX_OTHER_MOVES) Integer k,
                            @Size(max = TextLimits.MENTOR_CODES, message = "{mentormatch.list.size}") List<@Size(max = TextLimits.CODE) String> allowAccepted,
                            @Size(max = TextLimits.CODE) String stamp) {

    public int moves() {
        return k == null ? 0 : k;
    }

    public List<String> allowed() {
        return allowAccepted == null ? List.of() : allowAccepted.stream().filter(code -> code != null).toList();
    }
}
