package io.mentormatch.web.proposal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.proposal.MinimalChange;
import io.mentormatch.api.proposal.MinimalChangePreview;
import io.mentormatch.api.text.TextLimits;

/**
 * "Also move up to N other residents", and which residents with a settled pairing may move too: the preview's fields, and the approval's, which also carries the stamp of
 * the preview the director saw (so moves they did not see are never applied). One form
 * for both re-matches with minimal change: a change of mentor, and a resident re-matched after a decline.
 */
public record RematchForm(@Min(value = 0, message = "Give a number from 0 to 5.")
                   @Max(value = MinimalChangePreview.MAX_OTHER_MOVES, message = "Give a number from 0 to 5.") Integer k,
                   @Size(max = TextLimits.MENTOR_CODES * (TextLimits.CODE + 2),
                           message = "Tick at most 50 residents.") String allowAccepted,
                   @Size(max = TextLimits.CODE, message = "Preview the moves again.") String stamp) {

    /** The codes of the residents ticked (a preview's approval carries them separated by commas). */
    public List<String> allowed() {
        return allowAccepted == null ? List.of()
                : Arrays.stream(allowAccepted.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
    }

    /** Without k (the change of mentor's "Move others too" sends only names), as many may move as are named, up to 5. */
    public int moves() {
        return k == null ? Math.min(allowed().size(), MinimalChangePreview.MAX_OTHER_MOVES) : k;
    }

    public MinimalChange minimalChange() {
        return new MinimalChange(moves(), allowed(), stamp == null || stamp.isBlank() ? null : stamp.strip());
    }
}
