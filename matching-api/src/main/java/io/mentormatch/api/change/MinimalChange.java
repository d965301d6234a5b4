package io.mentormatch.api.change;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.proposal.MinimalChangePreview;
import io.mentormatch.api.system.TextLimits;

/**
 * Approve a change request with the moves of the minimal-change re-match preview instead of a chosen mentor.
 *
 * @param k             how many other residents may move (0 when absent)
 * @param allowAccepted residents with an accepted pairing the director lets move
 * @param stamp         the preview's stamp, when the caller wants the approval refused if the pairings changed since
 */
public record MinimalChange(@Min(0) @Max(MinimalChangePreview.MAX_OTHER_MOVES) Integer k,
                            @Size(max = TextLimits.MENTOR_CODES) List<@Size(max = TextLimits.CODE) String> allowAccepted,
                            @Size(max = TextLimits.CODE) String stamp) {

    int moves() {
        return k == null ? 0 : k;
    }

    List<String> allowed() {
        return allowAccepted == null ? List.of() : allowAccepted.stream().filter(code -> code != null).toList();
    }
}
